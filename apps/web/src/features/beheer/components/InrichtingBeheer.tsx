import { nieuweGemeenteInvoer, nieuweOrganisatieInvoer, ORGANISATIESOORTEN, ORGANISATIESOORT_LABELS } from '@eenplan/contracts';
import { useState } from 'react';
import { LaadFout } from '../../../shared/api/LaadFout';
import { foutmelding } from '../../../shared/api/http';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { Tekstveld } from '../../../ui/Tekstveld';
import { VisueelVerborgen } from '../../../ui/VisueelVerborgen';
import { useBeheerGemeenten, useBeheerOrganisaties, useMaakGemeente, useMaakOrganisatie, useZetGemeenteActief } from '../hooks/useInrichting';
import { GemeentenKeuze } from './GemeentenKeuze';

/** Gemeenten and organisaties: what beheer sets up before accounts can be made. */
export function InrichtingBeheer({ onUitkomst }: { onUitkomst: (tekst: string, soort?: 'ok' | 'error') => void }) {
  const gemeenten = useBeheerGemeenten();
  const organisaties = useBeheerOrganisaties();
  const zetActief = useZetGemeenteActief();
  return (
    <>
      <Kop niveau={2}>Gemeenten</Kop>
      {gemeenten.isPending ? (
        <Laden tekst="Gemeenten laden…" />
      ) : gemeenten.isError ? (
        <LaadFout tekst="De gemeenten konden niet worden geladen." fout={gemeenten.error} opnieuw={gemeenten.refetch} />
      ) : (
        <Tabel>
          <Bijschrift>Gemeenten ({gemeenten.data.length})</Bijschrift>
          <TabelKop>
            <Rij>
              <KopCel>Naam</KopCel>
              <KopCel>CBS-code</KopCel>
              <KopCel>In gebruik</KopCel>
              <KopCel>
                <VisueelVerborgen>Actie</VisueelVerborgen>
              </KopCel>
            </Rij>
          </TabelKop>
          <TabelRomp>
            {gemeenten.data.map((g) => (
              <Rij key={g.id}>
                <KopCel scope="row">{g.naam}</KopCel>
                <Cel>{g.cbsCode}</Cel>
                <Cel>
                  <StatusLabel status={g.actief ? 'success' : 'danger'}>{g.actief ? 'In gebruik' : 'Uitgeschakeld'}</StatusLabel>
                </Cel>
                <Cel>
                  <Knop
                    soort="secondary-action"
                    bezig={zetActief.isPending && zetActief.variables?.id === g.id}
                    onClick={() =>
                      zetActief.mutate(
                        { id: g.id, actief: !g.actief },
                        {
                          onSuccess: (b) => onUitkomst(b.actief ? `Gemeente ${b.naam} is weer in gebruik.` : `Gemeente ${b.naam} is uitgeschakeld.`),
                          onError: (fout) => onUitkomst(`Gemeente ${g.naam} is niet gewijzigd. ${foutmelding(fout)}`, 'error'),
                        },
                      )
                    }
                  >
                    {g.actief ? 'Uitschakelen' : 'Inschakelen'}
                    <VisueelVerborgen> {g.naam}</VisueelVerborgen>
                  </Knop>
                </Cel>
              </Rij>
            ))}
          </TabelRomp>
        </Tabel>
      )}
      <NieuweGemeente onUitkomst={onUitkomst} />

      <Kop niveau={2}>Organisaties</Kop>
      {organisaties.isPending ? (
        <Laden tekst="Organisaties laden…" />
      ) : organisaties.isError ? (
        <LaadFout tekst="De organisaties konden niet worden geladen." fout={organisaties.error} opnieuw={organisaties.refetch} />
      ) : (
        <Tabel>
          <Bijschrift>Organisaties ({organisaties.data.length})</Bijschrift>
          <TabelKop>
            <Rij>
              <KopCel>Naam</KopCel>
              <KopCel>Soort</KopCel>
              <KopCel>Werkt in</KopCel>
            </Rij>
          </TabelKop>
          <TabelRomp>
            {organisaties.data.map((o) => (
              <Rij key={o.id}>
                <KopCel scope="row">{o.naam}</KopCel>
                <Cel>{ORGANISATIESOORT_LABELS[o.soort]}</Cel>
                <Cel>{o.gemeenten.map((g) => g.naam).join(', ') || '—'}</Cel>
              </Rij>
            ))}
          </TabelRomp>
        </Tabel>
      )}
      {gemeenten.data && <NieuweOrganisatie gemeenten={gemeenten.data} onUitkomst={onUitkomst} />}
    </>
  );
}

function NieuweGemeente({ onUitkomst }: { onUitkomst: (tekst: string) => void }) {
  const formulier = useFormulier();
  const maak = useMaakGemeente();
  const [naam, setNaam] = useState('');
  const [cbsCode, setCbsCode] = useState('');
  function verstuur() {
    const invoer = formulier.controleer(nieuweGemeenteInvoer, { naam, cbsCode });
    if (!invoer) return;
    maak.mutate(invoer, {
      onSuccess: (g) => {
        onUitkomst(`Gemeente ${g.naam} is toegevoegd.`);
        setNaam('');
        setCbsCode('');
      },
      onError: formulier.verwerkFout,
    });
  }
  return (
    <Formulier
      id="nieuwe-gemeente"
      titel="Gemeente toevoegen"
      kopNiveau={3}
      foutTitel="De gemeente is niet toegevoegd"
      formulier={formulier}
      velden={[
        ['naam', 'nieuwe-gemeente-naam'],
        ['cbsCode', 'nieuwe-gemeente-cbs'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Gemeente toevoegen"
      bezig={maak.isPending}
    >
      <Tekstveld id="nieuwe-gemeente-naam" label="Naam van de gemeente" value={naam} onChange={(e) => setNaam(e.target.value)} fout={formulier.veldfouten.naam} />
      <Tekstveld id="nieuwe-gemeente-cbs" label="CBS-code" omschrijving="GM en vier cijfers, bijvoorbeeld GM0957 voor Roermond." className="eenplan-veld--kort" value={cbsCode} onChange={(e) => setCbsCode(e.target.value)} fout={formulier.veldfouten.cbsCode} />
    </Formulier>
  );
}

function NieuweOrganisatie({ gemeenten, onUitkomst }: { gemeenten: Parameters<typeof GemeentenKeuze>[0]['gemeenten']; onUitkomst: (tekst: string) => void }) {
  const formulier = useFormulier();
  const maak = useMaakOrganisatie();
  const [naam, setNaam] = useState('');
  const [soort, setSoort] = useState('');
  const [gemeenteIds, setGemeenteIds] = useState<string[]>([]);
  function verstuur() {
    const invoer = formulier.controleer(nieuweOrganisatieInvoer, { naam, soort, gemeenteIds });
    if (!invoer) return;
    maak.mutate(invoer, {
      onSuccess: (o) => {
        onUitkomst(`Organisatie ${o.naam} is toegevoegd.`);
        setNaam('');
        setSoort('');
        setGemeenteIds([]);
      },
      onError: formulier.verwerkFout,
    });
  }
  return (
    <Formulier
      id="nieuwe-organisatie"
      titel="Organisatie toevoegen"
      kopNiveau={3}
      foutTitel="De organisatie is niet toegevoegd"
      formulier={formulier}
      velden={[
        ['naam', 'nieuwe-organisatie-naam'],
        ['soort', 'nieuwe-organisatie-soort'],
        ['gemeenteIds', 'nieuwe-organisatie-gemeenten'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Organisatie toevoegen"
      bezig={maak.isPending}
    >
      <Tekstveld id="nieuwe-organisatie-naam" label="Naam van de organisatie" value={naam} onChange={(e) => setNaam(e.target.value)} fout={formulier.veldfouten.naam} />
      <Keuzelijst id="nieuwe-organisatie-soort" label="Soort organisatie" leegTekst="Kies een soort" value={soort} onChange={(e) => setSoort(e.target.value)} fout={formulier.veldfouten.soort}>
        {ORGANISATIESOORTEN.map((s) => (
          <option key={s} value={s}>
            {ORGANISATIESOORT_LABELS[s]}
          </option>
        ))}
      </Keuzelijst>
      <GemeentenKeuze id="nieuwe-organisatie-gemeenten" legenda="Werkt in de gemeenten" gemeenten={gemeenten} gekozen={gemeenteIds} onChange={setGemeenteIds} fout={formulier.veldfouten.gemeenteIds} />
    </Formulier>
  );
}
