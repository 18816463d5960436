import { z } from '@eenplan/contracts';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Tekstveld } from '../../ui/Tekstveld';
import { ApiFout } from '../api/http';
import { Formulier } from './Formulier';
import { useFormulier } from './useFormulier';

const schema = z.object({
  naam: z.string().min(1, 'Vul een naam in.'),
  datum: z.string().min(1, 'Vul een datum in.'),
});

/** A form as the features write one: its own fields, the shared schema, the shell around it. */
function Proefformulier({
  bezig = false,
  antwoord,
  onOpgeslagen = () => undefined,
  onAnnuleren,
  knoppen,
  huidig,
}: {
  bezig?: boolean;
  /** What the "API" answers: an error, or nothing for success. */
  antwoord?: Error;
  onOpgeslagen?: (invoer: z.infer<typeof schema>) => void;
  onAnnuleren?: () => void;
  knoppen?: ReactNode;
  huidig?: [ReactNode, ReactNode][];
}) {
  const formulier = useFormulier();
  const [naam, setNaam] = useState('');
  const [datum, setDatum] = useState('');
  return (
    <Formulier
      id="proef"
      titel="Afspraak maken"
      kopNiveau={3}
      foutTitel="De afspraak is nog niet gemaakt"
      formulier={formulier}
      velden={[
        ['naam', 'proef-naam'],
        ['datum', 'proef-datum'],
      ]}
      onVerstuur={() => {
        const invoer = formulier.controleer(schema, { naam, datum });
        if (!invoer) return;
        if (antwoord) formulier.verwerkFout(antwoord);
        else onOpgeslagen(invoer);
      }}
      verstuurTekst="Afspraak opslaan"
      bezig={bezig}
      bezigTekst="Bezig met opslaan…"
      onAnnuleren={onAnnuleren}
      conflict={{ wat: 'De afspraak', huidig }}
      knoppen={knoppen}
    >
      <Tekstveld id="proef-naam" label="Naam" value={naam} onChange={(e) => setNaam(e.target.value)} fout={formulier.veldfouten.naam} />
      <Tekstveld id="proef-datum" label="Datum" value={datum} onChange={(e) => setDatum(e.target.value)} fout={formulier.veldfouten.datum} />
    </Formulier>
  );
}

const samenvatting = () => screen.getByRole('alert', { name: 'De afspraak is nog niet gemaakt' });

describe('Formulier (the form shell)', () => {
  it('is named by its heading and has the save and cancel buttons', async () => {
    const onAnnuleren = vi.fn();
    render(<Proefformulier onAnnuleren={onAnnuleren} />);
    expect(screen.getByRole('form', { name: 'Afspraak maken' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Afspraak maken' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onAnnuleren).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns field errors into a summary in the order of the fields, each linked to its input, and focuses it', async () => {
    render(<Proefformulier />);
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    const lijst = samenvatting();
    expect(document.activeElement).toBe(lijst);
    expect(screen.getByRole('heading', { level: 4, name: 'De afspraak is nog niet gemaakt' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Vul een naam in.', '#proef-naam'],
      ['Vul een datum in.', '#proef-datum'],
    ]);
    // The field itself says what is wrong too.
    expect(screen.getByLabelText('Naam').getAttribute('aria-invalid')).toBe('true');

    await userEvent.click(screen.getByRole('link', { name: 'Vul een datum in.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Datum'));
  });

  it('takes focus again on the next failed submit, and lists only what is still wrong', async () => {
    render(<Proefformulier />);
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    await userEvent.type(screen.getByLabelText('Naam'), 'Truus');
    expect(document.activeElement).toBe(screen.getByLabelText('Naam'));

    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(document.activeElement).toBe(samenvatting());
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Vul een datum in.']);
  });

  it('shows the API field errors, and one it has no field for without a link', async () => {
    const fout = new ApiFout({
      type: 'about:blank',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'Controleer de invoer.',
      fouten: [
        { veld: 'datum', melding: 'De datum ligt in het verleden.' },
        { veld: 'kamer', melding: 'Deze kamer bestaat niet.' },
      ],
    });
    render(<Proefformulier antwoord={fout} />);
    await userEvent.type(screen.getByLabelText('Naam'), 'Truus');
    await userEvent.type(screen.getByLabelText('Datum'), '2020-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    const items = samenvatting().querySelectorAll('li');
    expect([...items].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['De datum ligt in het verleden.', '#proef-datum'],
      ['Deze kamer bestaat niet.', null],
    ]);
  });

  it('shows a general API error as one line', async () => {
    const fout = new ApiFout({ type: 'about:blank', title: 'Fout', status: 500, detail: 'Er ging iets mis op de server.' });
    render(<Proefformulier antwoord={fout} />);
    await userEvent.type(screen.getByLabelText('Naam'), 'Truus');
    await userEvent.type(screen.getByLabelText('Datum'), '2030-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(samenvatting().textContent).toContain('Er ging iets mis op de server.');
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('after a 409 says someone else changed it, keeps what was typed and shows the current version', async () => {
    const fout = new ApiFout({ type: 'https://eenplan.nl/problemen/gewijzigd-door-ander', title: 'Intussen gewijzigd', status: 409, detail: 'Iemand anders heeft dit gewijzigd.' });
    render(<Proefformulier antwoord={fout} huidig={[['Naam', 'Kees']]} />);
    await userEvent.type(screen.getByLabelText('Naam'), 'Truus');
    await userEvent.type(screen.getByLabelText('Datum'), '2030-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    const melding = screen.getByRole('alert');
    expect(melding.textContent).toContain('Intussen gewijzigd door iemand anders.');
    expect(melding.textContent).toContain('De afspraak is nog niet opgeslagen.');
    expect(melding.textContent).toContain('Huidige versie');
    expect(melding.querySelector('dd')?.textContent).toBe('Kees');
    expect(document.activeElement).toBe(melding);
    expect(screen.getByLabelText<HTMLInputElement>('Naam').value).toBe('Truus');
  });

  it('while saving shows the button as busy and ignores another click', async () => {
    const onOpgeslagen = vi.fn();
    const { rerender } = render(<Proefformulier onOpgeslagen={onOpgeslagen} />);
    await userEvent.type(screen.getByLabelText('Naam'), 'Truus');
    await userEvent.type(screen.getByLabelText('Datum'), '2030-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    expect(onOpgeslagen).toHaveBeenCalledExactlyOnceWith({ naam: 'Truus', datum: '2030-01-01' });

    rerender(<Proefformulier onOpgeslagen={onOpgeslagen} bezig />);
    const knop = screen.getByRole('button', { name: 'Bezig met opslaan…' });
    expect(knop.getAttribute('aria-busy')).toBe('true');
    await userEvent.click(knop);
    expect(onOpgeslagen).toHaveBeenCalledOnce();
  });

  it('without a heading is named by its label; knoppen={null} leaves the buttons out', () => {
    function ZonderKop() {
      const formulier = useFormulier();
      return (
        <Formulier id="z" label="Status van de actie" kopNiveau={4} foutTitel="Niet opgeslagen" formulier={formulier} velden={[]} onVerstuur={() => undefined} verstuurTekst="Opslaan" knoppen={null}>
          <Tekstveld id="z-veld" label="Status" />
        </Formulier>
      );
    }
    render(<ZonderKop />);
    expect(screen.getByRole('form', { name: 'Status van de actie' })).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a confirmation step can take the place of the buttons', async () => {
    const bevestig = vi.fn();
    render(<Proefformulier knoppen={<button type="button" onClick={bevestig}>Ja, afspraak maken</button>} />);
    expect(screen.queryByRole('button', { name: 'Afspraak opslaan' })).toBeNull();
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Ja, afspraak maken' })));
    expect(bevestig).toHaveBeenCalledOnce();
  });
});
