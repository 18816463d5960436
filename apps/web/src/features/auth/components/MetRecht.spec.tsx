import type { HuidigeGebruiker, Rol } from '@eenplan/contracts';
import { defineAbilityFor } from '@eenplan/permissions';
import { subject } from '@casl/ability';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HUIDIGE_GEBRUIKER_SLEUTEL } from '../api/auth-api';
import { MetRecht } from './MetRecht';
import { RechtenVan, useRechten, type Recht } from './Rechten';

const ID: Record<Rol, string> = { consulent: 'u-consulent', professional: 'u-professional', beleid: 'u-beleid', beheer: 'u-beheer' };

/** A signed-in user as /auth/me answers: the rules are the ability of the API, serialised. */
function gebruiker(rol: Rol): HuidigeGebruiker {
  const ability = defineAbilityFor({ id: ID[rol], rol, organisatieId: 'o1', gemeenteIds: ['g-weert'] });
  return {
    gebruiker: { id: ID[rol], gebruikersnaam: rol, naam: `Proef ${rol}`, rol },
    organisatie: { id: 'o1', naam: 'Organisatie', soort: 'gemeente' },
    gemeenten: [{ id: 'g-weert', naam: 'Weert' }],
    // Through JSON, as the rules travel from the API.
    regels: JSON.parse(JSON.stringify(ability.rules)) as HuidigeGebruiker['regels'],
    csrfToken: 'token',
  };
}

function omgeving(rol: Rol) {
  const ingelogd = gebruiker(rol);
  const queryClient = new QueryClient();
  queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, ingelogd);
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <RechtenVan gebruiker={ingelogd}>{children}</RechtenVan>
      </MemoryRouter>
    </QueryClientProvider>
  );
}

function pagina(rol: Rol, recht: Recht) {
  render(
    <MetRecht {...recht}>
      <h1>De pagina</h1>
    </MetRecht>,
    { wrapper: omgeving(rol) },
  );
  return screen.getByRole('heading', { level: 1 }).textContent;
}

describe('MetRecht: a page only for roles that may see it', () => {
  it.each<[Rol, Recht, string]>([
    ['consulent', { actie: 'read', subject: 'Werkvoorraad' }, 'De pagina'],
    ['consulent', { actie: 'create', subject: 'Huishouden' }, 'De pagina'],
    ['consulent', { actie: 'read', subject: 'Rapportage' }, 'Geen toegang'],
    ['consulent', { actie: 'read', subject: 'Gebruiker' }, 'Geen toegang'],
    ['professional', { actie: 'read', subject: 'Werkvoorraad' }, 'De pagina'],
    ['professional', { actie: 'create', subject: 'Huishouden' }, 'Geen toegang'],
    ['professional', { actie: 'read', subject: 'Verwijsindex' }, 'Geen toegang'],
    ['beleid', { actie: 'read', subject: 'Rapportage' }, 'De pagina'],
    ['beleid', { actie: 'read', subject: 'Huishouden' }, 'Geen toegang'],
    ['beleid', { actie: 'read', subject: 'Werkvoorraad' }, 'Geen toegang'],
    ['beheer', { actie: 'read', subject: 'Gebruiker' }, 'De pagina'],
    ['beheer', { actie: 'read', subject: 'Huishouden' }, 'Geen toegang'],
  ])('%s, %o: %s', (rol, recht, kop) => {
    expect(pagina(rol, recht)).toBe(kop);
  });

  it('"Geen toegang" links back to the start page of the role', () => {
    pagina('beleid', { actie: 'read', subject: 'Gebruiker' });
    expect(screen.getByRole('link', { name: 'Naar uw startpagina' }).getAttribute('href')).toBe('/rapportages');
  });
});

describe('useRechten: the same ability as the API, to hide what cannot be done', () => {
  const rechten = (rol: Rol) => renderHook(() => useRechten(), { wrapper: omgeving(rol) }).result.current;

  it('a professional may change only the status of their own actions', () => {
    const ability = rechten('professional');
    const eigen = subject('Actie', { eigenaarGebruikerId: ID.professional });
    const andermans = subject('Actie', { eigenaarGebruikerId: 'iemand-anders' });
    expect(ability.can('update', eigen, 'status')).toBe(true);
    expect(ability.can('update', eigen, 'omschrijving')).toBe(false);
    expect(ability.can('update', andermans, 'status')).toBe(false);
  });

  it('a consulent may change every action of a plan they may edit', () => {
    expect(rechten('consulent').can('update', subject('Actie', { eigenaarGebruikerId: 'iemand-anders' }), 'status')).toBe(true);
  });

  it('a professional neither reads nor writes a BSN, even as regisseur; only the casemanager records consent', () => {
    const alsRegisseur = subject('Huishouden', { id: 'h1', gemeenteId: 'g-weert', casemanagerId: 'u-consulent', teamleden: [ID.professional], gedeeldMet: [ID.professional], regisseurId: ID.professional });
    expect(rechten('professional').can('update', alsRegisseur)).toBe(true);
    expect(rechten('professional').can('update', alsRegisseur, 'bsn')).toBe(false);
    expect(rechten('professional').can('toestemming', alsRegisseur)).toBe(false);
    expect(rechten('consulent').can('toestemming', alsRegisseur)).toBe(true);
  });

  it('a professional never sees a BSN; beleid may publish reports, a consulent may not', () => {
    expect(rechten('professional').can('read', 'Huishouden', 'bsn')).toBe(false);
    expect(rechten('beleid').can('create', 'Rapportage')).toBe(true);
    expect(rechten('consulent').can('create', 'Rapportage')).toBe(false);
  });
});
