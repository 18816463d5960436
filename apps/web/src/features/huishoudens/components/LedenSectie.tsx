import { LID_ROL_LABELS, TWEEDE_HUISHOUDEN_REDEN_LABELS } from '@eenplan/contracts';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { datumTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';

/** The members; the BSN column only for those who may see it. */
export function LedenSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const { leden, mijnRechten } = huishouden;
  return (
    <section aria-labelledby="leden-kop" className="eenplan-sectie">
      <Kop niveau={2} id="leden-kop">
        Leden van het huishouden
      </Kop>
      <Tabel className="eenplan-leden">
        <Bijschrift>{leden.length === 1 ? '1 lid' : `${leden.length} leden`}</Bijschrift>
        <TabelKop>
          <Rij>
            <KopCel>Naam</KopCel>
            <KopCel>Geboortedatum</KopCel>
            <KopCel>Rol</KopCel>
            {mijnRechten.bsnZien && <KopCel>BSN</KopCel>}
          </Rij>
        </TabelKop>
        <TabelRomp>
          {leden.map((lid) => (
            <Rij key={lid.id}>
              <KopCel scope="row">
                {lid.voornaam} {lid.achternaam}
              </KopCel>
              <Cel>{datumTekst(lid.geboortedatum)}</Cel>
              <Cel>
                {LID_ROL_LABELS[lid.rol]}
                {lid.tweedeHuishoudenReden && (
                  <span className="eenplan-klein">
                    {' '}
                    (ook in een ander huishouden: {TWEEDE_HUISHOUDEN_REDEN_LABELS[lid.tweedeHuishoudenReden].toLowerCase()})
                  </span>
                )}
              </Cel>
              {mijnRechten.bsnZien && <Cel>{lid.bsn ?? <span className="eenplan-klein">Niet bekend</span>}</Cel>}
            </Rij>
          ))}
        </TabelRomp>
      </Tabel>
    </section>
  );
}
