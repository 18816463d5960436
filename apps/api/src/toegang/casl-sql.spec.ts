import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { defineAbilityFor, type AppAbility } from '@eenplan/permissions';
import { describe, expect, it } from 'vitest';
import { caslNaarSql, kolom } from './casl-sql.js';

const velden = {
  casemanagerId: kolom('h.casemanager_id'),
  gemeenteId: kolom('h.gemeente_id'),
  teamleden: kolom('t.gebruiker_id'),
  gedeeldMet: kolom('g.gebruiker_id'),
};

describe('caslNaarSql', () => {
  it('turns a consultant’s read rules into OR-ed conditions', () => {
    const ability = defineAbilityFor({ id: 'c1', rol: 'consulent', organisatieId: 'o', gemeenteIds: ['g1', 'g2'] });
    expect(caslNaarSql(ability, 'read', 'Huishouden', velden)).toEqual({
      // shared with them AND in their gemeente, or casemanager: being in the team alone is no rule
      sql: '((g.gebruiker_id = :casl_0 AND h.gemeente_id IN (:...casl_1)) OR h.casemanager_id = :casl_2)',
      params: { casl_0: 'c1', casl_1: ['g1', 'g2'], casl_2: 'c1' },
    });
    expect(caslNaarSql(ability, 'create', 'Huishouden', velden)).toEqual({
      sql: 'h.gemeente_id IN (:...casl_0)',
      params: { casl_0: ['g1', 'g2'] },
    });
  });

  it('denies when there is no rule at all', () => {
    const beleid = defineAbilityFor({ id: 'b', rol: 'beleid', organisatieId: 'o', gemeenteIds: ['g1'] });
    expect(caslNaarSql(beleid, 'read', 'Huishouden', velden)).toEqual({ sql: '1 = 0', params: {} });
  });

  it('folds cannot rules in as AND NOT', () => {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    can('read', 'Huishouden', { gemeenteId: 'g1' });
    cannot('read', 'Huishouden', { casemanagerId: 'x' });
    expect(caslNaarSql(build(), 'read', 'Huishouden', velden).sql).toBe('(h.gemeente_id = :casl_0 AND NOT h.casemanager_id = :casl_1)');
  });

  it('refuses a field it cannot translate instead of widening access', () => {
    const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    can('read', 'Huishouden', { id: 'h1' });
    expect(() => caslNaarSql(build(), 'read', 'Huishouden', velden)).toThrow(/zonder SQL-vertaling: id/);
  });
});
