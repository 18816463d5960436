import { MELDING_BSN_IN_ANDER_HUISHOUDEN, type HuidigeGebruiker } from '@eenplan/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HUIDIGE_GEBRUIKER_SLEUTEL } from '../../auth';
import { RegistrerenPagina } from './RegistrerenPagina';

const ingelogd = {
  gebruiker: { id: 'u1', gebruikersnaam: 'consulent', naam: 'Proef Consulent', rol: 'consulent' },
  organisatie: { id: 'o1', naam: 'CJG', soort: 'gemeente' },
  gemeenten: [{ id: '00000000-0000-4000-8000-000000000001', naam: 'Weert' }],
  regels: [],
  csrfToken: 'token',
} as unknown as HuidigeGebruiker;

function toon() {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, ingelogd);
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <RegistrerenPagina />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function vulIn() {
  const typ = (id: string, waarde: string) => fireEvent.change(document.getElementById(id)!, { target: { value: waarde } });
  typ('straat', 'Markt');
  typ('huisnummer', '12');
  typ('postcode', '6001 AB');
  typ('woonplaats', 'Weert');
  typ('lid-1-voornaam', 'Fatima');
  typ('lid-1-achternaam', 'Jansen');
  typ('lid-1-geboortedatum', '1985-03-14');
  typ('lid-1-rol', 'ouder');
  typ('lid-1-bsn', '999999990');
}

const verstuur = () => fireEvent.click(screen.getByRole('button', { name: 'Huishouden registreren' }));
const probleem = (status: number, fouten?: { veld: string; melding: string }[]) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Fout', status, detail: 'Niet geregistreerd.', fouten }), { status, headers: { 'Content-Type': 'application/problem+json' } });
/** The Idempotency-Key and body of each POST the page sent. */
const verzonden = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.map(([, init]) => {
    const { headers, body } = init as { headers: Record<string, string>; body: string };
    return { sleutel: headers['Idempotency-Key'], body: JSON.parse(body) as { leden: Record<string, unknown>[] } };
  });

afterEach(() => vi.unstubAllGlobals());

describe('RegistrerenPagina', () => {
  it('sends one Idempotency-Key per form, the same when the form is sent again, a new one for a new form', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('netwerk weg')));
    vi.stubGlobal('fetch', fetch);
    const eerste = toon();
    vulIn();
    verstuur();
    await screen.findAllByText(/De server is niet bereikbaar/);
    verstuur();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const [a, b] = verzonden(fetch);
    expect(a!.sleutel).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b!.sleutel).toBe(a!.sleutel);
    eerste.unmount();

    toon();
    vulIn();
    verstuur();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    expect(verzonden(fetch)[2]!.sleutel).not.toBe(a!.sleutel);
  });

  it('shows a BSN already in another household at the member’s field and then offers the reason', async () => {
    const fetch = vi.fn(() => Promise.resolve(probleem(409, [{ veld: 'leden.0.bsn', melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }])));
    vi.stubGlobal('fetch', fetch);
    toon();
    vulIn();
    expect(document.getElementById('lid-1-tweedeHuishoudenReden')).toBeNull();
    verstuur();
    await waitFor(() => expect(document.getElementById('lid-1-bsn')!.getAttribute('aria-invalid')).toBe('true'));
    const keuze = document.getElementById('lid-1-tweedeHuishoudenReden') as HTMLSelectElement;
    expect(keuze).not.toBeNull();
    expect([...keuze.options].map((o) => o.textContent)).toEqual(['Geen reden: het BSN hoort alleen hier', 'Co-ouderschap', 'Verblijft in twee huishoudens']);

    fireEvent.change(keuze, { target: { value: 'co_ouderschap' } });
    verstuur();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    const [eerst, daarna] = verzonden(fetch);
    expect(eerst!.body.leden[0]!.tweedeHuishoudenReden).toBeUndefined();
    expect(daarna!.body.leden[0]).toMatchObject({ bsn: '999999990', tweedeHuishoudenReden: 'co_ouderschap' });
    expect(daarna!.sleutel).toBe(eerst!.sleutel);
  });
});
