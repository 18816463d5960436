import { describe, expect, it } from 'vitest';
import { abilityFromRules, defineAbilityFor, type AbilityGebruiker } from './ability.js';

const basis: Omit<AbilityGebruiker, 'rol'> = { id: 'u1', organisatieId: 'o1', gemeenteIds: ['g1'] };

describe('defineAbilityFor', () => {
  it('lets a consultant see the werkvoorraad but not reports or accounts', () => {
    const ability = defineAbilityFor({ ...basis, rol: 'consulent' });
    expect(ability.can('read', 'Werkvoorraad')).toBe(true);
    expect(ability.can('read', 'Rapportage')).toBe(false);
    expect(ability.can('update', 'Gebruiker')).toBe(false);
  });

  it('gives beleid reports only', () => {
    const ability = defineAbilityFor({ ...basis, rol: 'beleid' });
    expect(ability.can('read', 'Rapportage')).toBe(true);
    expect(ability.can('read', 'Werkvoorraad')).toBe(false);
    expect(ability.can('read', 'Gebruiker')).toBe(false);
  });

  it('gives functioneel beheer accounts but no werkvoorraad', () => {
    const ability = defineAbilityFor({ ...basis, rol: 'beheer' });
    expect(ability.can('update', 'Gebruiker')).toBe(true);
    expect(ability.can('delete', 'Gebruiker')).toBe(false);
    expect(ability.can('read', 'Werkvoorraad')).toBe(false);
    expect(ability.can('read', 'Rapportage')).toBe(false);
  });

  it('survives serialisation to the web app unchanged', () => {
    const ability = defineAbilityFor({ ...basis, rol: 'professional' });
    const opnieuw = abilityFromRules(JSON.parse(JSON.stringify(ability.rules)));
    expect(opnieuw.can('read', 'Werkvoorraad')).toBe(true);
    expect(opnieuw.can('read', 'Rapportage')).toBe(false);
    expect(opnieuw.can('delete', 'Sessie')).toBe(true);
  });
});
