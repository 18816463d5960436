import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { abilityFromRules, BSN_VELD, defineAbilityFor, type AbilityGebruiker, type AppRegel, type HuishoudenToegang } from './ability.js';

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

  it('gives only functioneel beheer the region set-up (gemeenten, organisaties)', () => {
    const rollen = { consulent: false, professional: false, beleid: false, beheer: true } as const;
    for (const [rol, mag] of Object.entries(rollen)) {
      const ability = defineAbilityFor({ ...basis, rol: rol as keyof typeof rollen });
      expect(ability.can('read', 'Inrichting'), rol).toBe(mag);
      expect(ability.can('update', 'Inrichting'), rol).toBe(mag);
      expect(ability.can('create', 'Gebruiker'), rol).toBe(mag);
    }
  });

  it('survives serialisation to the web app unchanged', () => {
    const ability = defineAbilityFor({ ...basis, rol: 'professional' });
    const opnieuw = abilityFromRules(JSON.parse(JSON.stringify(ability.rules)) as AppRegel[]);
    expect(opnieuw.can('read', 'Werkvoorraad')).toBe(true);
    expect(opnieuw.can('read', 'Rapportage')).toBe(false);
    expect(opnieuw.can('delete', 'Sessie')).toBe(true);
  });
});

describe('huishouden rules', () => {
  const consulent = defineAbilityFor({ id: 'c1', rol: 'consulent', organisatieId: 'o1', gemeenteIds: ['weert'] });
  const huishouden = (velden: Partial<HuishoudenToegang>) =>
    subject('Huishouden', { id: 'h1', gemeenteId: 'weert', casemanagerId: 'iemand', teamleden: [], gedeeldMet: [], regisseurId: null, ...velden });

  it('lets a consultant read and edit as casemanager, or while the plan is shared with them in their gemeente', () => {
    expect(consulent.can('read', huishouden({ casemanagerId: 'c1' }))).toBe(true);
    expect(consulent.can('update', huishouden({ casemanagerId: 'c1', gemeenteId: 'leudal' }))).toBe(true); // the casemanager keeps their household
    expect(consulent.can('update', huishouden({ teamleden: ['x', 'c1'], gedeeldMet: ['c1'] }))).toBe(true);
    expect(consulent.can('read', huishouden({}))).toBe(false);
    expect(consulent.can('update', huishouden({ teamleden: ['x'] }))).toBe(false);
  });

  it('gives a consultant in the team nothing without the plan being shared with them (finding 2)', () => {
    const inTeamZonderToestemming = huishouden({ teamleden: ['c1'], gedeeldMet: [] });
    for (const actie of ['read', 'update', 'bijdragen', 'toestemming', 'inzage'] as const) expect(consulent.can(actie, inTeamZonderToestemming)).toBe(false);
    // shared, but in a gemeente they do not work for
    expect(consulent.can('read', huishouden({ teamleden: ['c1'], gedeeldMet: ['c1'], gemeenteId: 'leudal' }))).toBe(false);
  });

  it('lets only the casemanager record consent', () => {
    expect(consulent.can('toestemming', huishouden({ casemanagerId: 'c1' }))).toBe(true);
    expect(consulent.can('toestemming', huishouden({ teamleden: ['c1'], gedeeldMet: ['c1'] }))).toBe(false);
  });

  it('lets a consultant register only in their own gemeente', () => {
    expect(consulent.can('create', huishouden({ gemeenteId: 'weert' }))).toBe(true);
    expect(consulent.can('create', huishouden({ gemeenteId: 'leudal' }))).toBe(false);
  });

  it('shows the access overview to the casemanager only', () => {
    expect(consulent.can('inzage', huishouden({ casemanagerId: 'c1' }))).toBe(true);
    expect(consulent.can('inzage', huishouden({ teamleden: ['c1'] }))).toBe(false);
  });

  it('gives beleid and beheer no household access at all', () => {
    for (const rol of ['beleid', 'beheer'] as const) {
      const ability = defineAbilityFor({ id: 'c1', rol, organisatieId: 'o1', gemeenteIds: ['weert'] });
      expect(ability.can('read', huishouden({ casemanagerId: 'c1', teamleden: ['c1'] }))).toBe(false);
      expect(ability.can('create', huishouden({}))).toBe(false);
    }
  });

  it('lets a consultant read and write the BSN field', () => {
    expect(consulent.can('read', huishouden({ casemanagerId: 'c1' }), BSN_VELD)).toBe(true);
    expect(consulent.can('update', huishouden({ gedeeldMet: ['c1'] }), BSN_VELD)).toBe(true);
  });
});

describe('professional rules', () => {
  const professional = defineAbilityFor({ id: 'p1', rol: 'professional', organisatieId: 'amw', gemeenteIds: ['weert', 'leudal'] });
  const huishouden = (velden: Partial<HuishoudenToegang>) =>
    subject('Huishouden', { id: 'h1', gemeenteId: 'weert', casemanagerId: 'c1', teamleden: ['p1'], gedeeldMet: [], regisseurId: null, ...velden });

  it('sees a household only when it is shared with them (team + consent) in their gemeente', () => {
    expect(professional.can('read', huishouden({ gedeeldMet: ['p1'] }))).toBe(true);
    expect(professional.can('read', huishouden({ gedeeldMet: [] }))).toBe(false); // in team, no consent
    expect(professional.can('read', huishouden({ gedeeldMet: ['p1'], gemeenteId: 'nederweert' }))).toBe(false);
  });

  it('never reads the BSN', () => {
    expect(professional.can('read', huishouden({ gedeeldMet: ['p1'] }), BSN_VELD)).toBe(false);
    expect(professional.can('read', huishouden({ gedeeldMet: ['p1'] }), 'naam')).toBe(true);
  });

  it('never writes the BSN either, not even as regisseur (finding 9)', () => {
    const alsRegisseur = huishouden({ gedeeldMet: ['p1'], regisseurId: 'p1' });
    expect(professional.can('update', alsRegisseur)).toBe(true);
    expect(professional.can('update', alsRegisseur, 'voornaam')).toBe(true);
    expect(professional.can('update', alsRegisseur, BSN_VELD)).toBe(false);
  });

  it('records no consent, not even as regisseur', () => {
    expect(professional.can('toestemming', huishouden({ gedeeldMet: ['p1'], regisseurId: 'p1' }))).toBe(false);
    expect(professional.can('toestemming', huishouden({ gedeeldMet: ['p1'], regisseurId: 'p1', casemanagerId: 'p1' }))).toBe(false);
  });

  it('edits the household only as regisseur with consent', () => {
    expect(professional.can('update', huishouden({ gedeeldMet: ['p1'] }))).toBe(false);
    expect(professional.can('update', huishouden({ gedeeldMet: ['p1'], regisseurId: 'p1' }))).toBe(true);
    expect(professional.can('update', huishouden({ gedeeldMet: [], regisseurId: 'p1' }))).toBe(false);
  });

  it('updates the status of their own actions only', () => {
    expect(professional.can('update', subject('Actie', { eigenaarGebruikerId: 'p1' }), 'status')).toBe(true);
    expect(professional.can('update', subject('Actie', { eigenaarGebruikerId: 'p1' }), 'deadline')).toBe(false);
    expect(professional.can('update', subject('Actie', { eigenaarGebruikerId: 'p2' }), 'status')).toBe(false);
  });

  it('cannot look up BSNs in the verwijsindex; consultants can', () => {
    expect(professional.can('read', 'Verwijsindex')).toBe(false);
    expect(defineAbilityFor({ id: 'c', rol: 'consulent', organisatieId: 'o', gemeenteIds: [] }).can('read', 'Verwijsindex')).toBe(true);
  });
});
