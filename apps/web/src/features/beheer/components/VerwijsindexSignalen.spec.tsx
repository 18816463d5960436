import type { VerwijsindexBegrensd } from '@eenplan/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VERWIJSINDEX_BEGRENSD_SLEUTEL } from '../api/signalen-api';
import { VerwijsindexSignalen } from './VerwijsindexSignalen';

/** The panel with the answer of GET /api/beheer/signalen/verwijsindex already loaded. */
function toon(antwoord: VerwijsindexBegrensd) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(VERWIJSINDEX_BEGRENSD_SLEUTEL, antwoord);
  render(
    <QueryClientProvider client={queryClient}>
      <VerwijsindexSignalen />
    </QueryClientProvider>,
  );
}

describe('VerwijsindexSignalen: who was stopped for too many BSN lookups', () => {
  it('names each user with their organisation, how often and when last', () => {
    toon({
      dagen: 7,
      gebruikers: [
        {
          gebruiker: { id: 'u1', gebruikersnaam: 'consulent.weert', naam: 'Sanne Vermeulen' },
          organisatie: { id: 'o1', naam: 'CJG Midden-Limburg' },
          geweigerd: 6,
          laatsteOp: '2026-11-22T20:55:00.000Z',
        },
      ],
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Te vaak geraadpleegd: “Is dit huishouden bekend?”');
    const regels = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(regels).toEqual(['Sanne Vermeulen (consulent.weert, CJG Midden-Limburg): 6 keer geweigerd, laatst op 22 november 2026 om 21:55']);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when nobody was stopped', () => {
    toon({ dagen: 7, gebruikers: [] });
    expect(screen.getByText('De afgelopen 7 dagen is niemand tegengehouden.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
