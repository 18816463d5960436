import type { Ref } from 'react';
import { Alinea } from '../../../ui/Alinea';
import { useMarkeringen, useOnthullingsRegels } from '../onthullingsregels';

/** Why some figures are not shown, in plain Dutch; the tables and charts link here. */
export function ZoLeestUDeCijfers({ kopRef }: { kopRef: Ref<HTMLHeadingElement> }) {
  const { minimum, afronding } = useOnthullingsRegels();
  const tekens = useMarkeringen();
  const afronden = afronding > 1 ? `Alle aantallen zijn afgerond op een veelvoud van ${afronding}${afronding === 5 ? ': 23 wordt 25' : ''}. ` : '';
  return (
    <section className="eenplan-uitleg" aria-labelledby="zo-leest-u-de-cijfers">
      {/* A link "Waarom?" at a table or chart moves focus here. */}
      <h2 id="zo-leest-u-de-cijfers" ref={kopRef} tabIndex={-1} className="utrecht-heading-2 eenplan-uitleg__kop">
        Zo leest u de cijfers
      </h2>
      <Alinea>
        Om te voorkomen dat een huishouden herkenbaar wordt, laten we kleine aantallen niet precies zien. {afronden}Percentages rekenen we uit met de
        getoonde aantallen. We tellen huishoudens, geen personen, tenzij er iets anders bij staat.
      </Alinea>
      <dl className="eenplan-uitleg__lijst">
        {/* "dominant" shares the sign × with "onderdrukt", whose explanation covers both reasons. */}
        {(['klein', 'onderdrukt', 'te_weinig'] as const).map((m) => (
          <div key={m} className="eenplan-uitleg__item">
            <dt className="eenplan-uitleg__teken">
              <span aria-hidden="true">{tekens[m].teken}</span>
              <span className="eenplan-visueel-verborgen">{tekens[m].voorlezen}</span>
            </dt>
            <dd className="eenplan-uitleg__betekenis">{tekens[m].uitleg}</dd>
          </div>
        ))}
      </dl>
      <Alinea>Een gemiddelde geven we alleen als ten minste {minimum} huishoudens meetellen, en nooit de laagste of hoogste waarde.</Alinea>
    </section>
  );
}
