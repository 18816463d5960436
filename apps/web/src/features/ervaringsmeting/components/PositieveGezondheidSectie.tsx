import { GEZONDHEID_DIMENSIES, GEZONDHEID_DIMENSIE_LABELS, positieveGezondheidSchema, type GezondheidDimensie } from '@eenplan/contracts';
import { useState } from 'react';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst } from '../../../ui/datum';
import { Formulier } from '../../../shared/formulier/Formulier';
import { GEZONDHEID_MOMENT_LABELS } from '../../../shared/tekst/labels';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import type { HuishoudenDetail, Lid, PositieveGezondheidMeting } from '@eenplan/contracts';
import { useLegPositieveGezondheidVast } from '../hooks/useMetingen';
import '../ervaringsmeting.css';

const MOMENTEN = (['start', 'evaluatie'] as const).map((waarde) => ({ waarde, tekst: GEZONDHEID_MOMENT_LABELS[waarde] }));
const momentTekst = (moment: PositieveGezondheidMeting['moment']) => GEZONDHEID_MOMENT_LABELS[moment].toLowerCase();
const naam = (lid: Lid) => `${lid.voornaam} ${lid.achternaam}`;

/**
 * Positieve gezondheid (Huber): who wants to scores six dimensions 0–10, at the start and at
 * evaluations. Per member, so the change shows; beleid sees only the mean change, without names.
 */
export function PositieveGezondheidSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const [uitkomst, setUitkomst] = useState<string>();
  const paneel = useInPlaats<'vastleggen'>();
  const gemeten = huishouden.leden.filter((lid) => huishouden.positieveGezondheid.some((m) => m.lidId === lid.id));

  return (
    <section aria-labelledby="gezondheid-kop" className="eenplan-sectie">
      <Kop niveau={2} id="gezondheid-kop" tabIndex={-1}>
        Positieve gezondheid
      </Kop>
      <Alinea>
        Wie dat wil, geeft bij de start en bij evaluaties een cijfer van 0 tot en met 10 aan zes dimensies van positieve gezondheid. Zo ziet u samen wat er verandert. Het
        is vrijwillig en per persoon.
      </Alinea>
      <Uitkomst tekst={uitkomst} />
      {gemeten.length === 0 ? (
        <Alinea>Er is nog niets gemeten.</Alinea>
      ) : (
        gemeten.map((lid) => <MetingenVanLid key={lid.id} lid={lid} metingen={huishouden.positieveGezondheid.filter((m) => m.lidId === lid.id)} />)
      )}
      {huishouden.mijnRechten.bewerken &&
        (paneel.modus === 'vastleggen' ? (
          <MetingFormulier
            huishouden={huishouden}
            onKlaar={(tekst) => {
              // Focus back to the button that opened the form; the news is read out by the live region.
              setUitkomst(tekst);
              paneel.sluit();
            }}
          />
        ) : (
          <Knop
            ref={paneel.knop('vastleggen')}
            onClick={() => {
              setUitkomst(undefined);
              paneel.open('vastleggen');
            }}
          >
            Meting vastleggen
          </Knop>
        ))}
    </section>
  );
}

/** Dimensions down, measurements across: the change over time reads along a row. */
function MetingenVanLid({ lid, metingen }: { lid: Lid; metingen: PositieveGezondheidMeting[] }) {
  return (
    <Tabel className="eenplan-gezondheid-tabel">
      <Bijschrift>{naam(lid)}</Bijschrift>
      <TabelKop>
        <Rij>
          <KopCel>Dimensie</KopCel>
          {metingen.map((m) => (
            <KopCel key={m.id}>
              {datumTekst(m.gemetenOp)}
              <br />
              <span className="eenplan-gezondheid-tabel__moment">{momentTekst(m.moment)}</span>
            </KopCel>
          ))}
        </Rij>
      </TabelKop>
      <TabelRomp>
        {GEZONDHEID_DIMENSIES.map((d) => (
          <Rij key={d}>
            <KopCel scope="row">{GEZONDHEID_DIMENSIE_LABELS[d]}</KopCel>
            {metingen.map((m) => (
              <Cel key={m.id} className="utrecht-table__cell--numeric">
                {m[d]}
              </Cel>
            ))}
          </Rij>
        ))}
      </TabelRomp>
    </Tabel>
  );
}

function MetingFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const vastleggen = useLegPositieveGezondheidVast(huishouden.id);
  // The start when a member has nothing yet, else an evaluation; a household of one is already chosen.
  const voorstel = (lid: string) => (!lid ? '' : huishouden.positieveGezondheid.some((m) => m.lidId === lid) ? 'evaluatie' : 'start');
  const [lidId, setLidId] = useState(huishouden.leden.length === 1 ? huishouden.leden[0]!.id : '');
  const [moment, setMoment] = useState<'start' | 'evaluatie' | ''>(() => voorstel(lidId));
  const [scores, setScores] = useState<Record<GezondheidDimensie, string>>(() => Object.fromEntries(GEZONDHEID_DIMENSIES.map((d) => [d, ''])) as Record<GezondheidDimensie, string>);
  const id = (veld: string) => `gezondheid-${veld}`;

  function kiesLid(nieuw: string) {
    setLidId(nieuw);
    if (!moment) setMoment(voorstel(nieuw));
  }

  function verstuur() {
    const invoer = formulier.controleer(positieveGezondheidSchema, {
      lidId,
      moment: moment || undefined,
      ...Object.fromEntries(GEZONDHEID_DIMENSIES.map((d) => [d, scores[d].trim() === '' ? undefined : Number(scores[d].replace(',', '.'))])),
    });
    if (!invoer) return;
    const lid = huishouden.leden.find((l) => l.id === invoer.lidId);
    vastleggen.mutate(invoer, { onSuccess: () => onKlaar(`De meting van ${lid ? naam(lid) : 'dit lid'} is opgeslagen.`), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id="gezondheid"
      titel="Meting vastleggen"
      kopNiveau={3}
      foutTitel="De meting is nog niet opgeslagen"
      formulier={formulier}
      velden={[['lidId', id('lid')], ['moment', id('moment-start')], ...GEZONDHEID_DIMENSIES.map((d): [string, string] => [d, id(d)])]}
      onVerstuur={verstuur}
      verstuurTekst="Meting opslaan"
      bezig={vastleggen.isPending}
      onAnnuleren={() => onKlaar()}
    >
      <Keuzelijst id={id('lid')} label="Voor wie" leegTekst="Kies een persoon" value={lidId} onChange={(e) => kiesLid(e.target.value)} fout={formulier.veldfouten.lidId} autoFocus>
        {huishouden.leden.map((lid) => (
          <option key={lid.id} value={lid.id}>
            {naam(lid)}
          </option>
        ))}
      </Keuzelijst>
      <Keuzerondjes id={id('moment')} naam="gezondheid-moment" legenda="Moment" keuzes={MOMENTEN} waarde={moment} onChange={setMoment} fout={formulier.veldfouten.moment} inline />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset eenplan-gezondheid-scores">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend eenplan-legenda">Cijfers, van 0 (slecht) tot en met 10 (uitstekend)</legend>
        {GEZONDHEID_DIMENSIES.map((d) => (
          <Tekstveld
            key={d}
            id={id(d)}
            label={GEZONDHEID_DIMENSIE_LABELS[d]}
            inputMode="numeric"
            autoComplete="off"
            className="eenplan-veld--kort"
            value={scores[d]}
            onChange={(e) => setScores((s) => ({ ...s, [d]: e.target.value }))}
            fout={formulier.veldfouten[d]}
          />
        ))}
      </fieldset>
    </Formulier>
  );
}
