import { rulesToAST } from '@casl/ability/extra';
import type { Actie, AppAbility, Subject } from '@eenplan/permissions';

type Conditie = { operator: string; field?: string; value: unknown };

/** How one rule field becomes SQL; `param` registers a value and returns its placeholder. */
export type VeldVertaling = (operator: string, waarde: unknown, param: (waarde: unknown) => string) => string;

export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Turns the CASL rules for (actie, subject) into a SQL WHERE clause, so lists are filtered by
 * the database and never loaded-then-filtered. `cannot` rules arrive as AND NOT (rulesToAST).
 * No matching rule means deny (1 = 0). An unknown field or operator throws: a rule the SQL
 * cannot express must never quietly widen access.
 */
export function caslNaarSql(ability: AppAbility, actie: Actie, subject: Subject, velden: Record<string, VeldVertaling>, prefix = 'casl'): SqlFilter {
  const params: Record<string, unknown> = {};
  let teller = 0;
  const param = (waarde: unknown) => {
    const naam = `${prefix}_${teller++}`;
    params[naam] = waarde;
    return Array.isArray(waarde) ? `(:...${naam})` : `:${naam}`;
  };
  const vertaal = (conditie: Conditie): string => {
    switch (conditie.operator) {
      case 'and':
      case 'or': {
        const delen = (conditie.value as Conditie[]).map(vertaal);
        if (delen.length === 0) return conditie.operator === 'and' ? '1 = 1' : '1 = 0';
        return `(${delen.join(conditie.operator === 'and' ? ' AND ' : ' OR ')})`;
      }
      case 'not':
        return `NOT ${vertaal((conditie.value as Conditie[])[0]!)}`;
      default: {
        const vertaling = conditie.field ? velden[conditie.field] : undefined;
        if (!vertaling) throw new Error(`CASL-veld zonder SQL-vertaling: ${conditie.field ?? '?'}`);
        return vertaling(conditie.operator, conditie.value, param);
      }
    }
  };
  const ast = rulesToAST(ability, actie, subject) as Conditie | null;
  return { sql: ast ? vertaal(ast) : '1 = 0', params };
}

/** A column compared with eq / in (the operators our rules use); anything else is refused. */
export function kolom(sqlKolom: string): VeldVertaling {
  return (operator, waarde, param) => {
    if (operator === 'eq') return `${sqlKolom} = ${param(waarde)}`;
    if (operator === 'in') return (waarde as unknown[]).length ? `${sqlKolom} IN ${param(waarde)}` : '1 = 0';
    throw new Error(`CASL-operator ${operator} niet ondersteund voor ${sqlKolom}`);
  };
}
