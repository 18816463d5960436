import { nieuwAccountInvoer, ROL_LABELS, ROLLEN, type NieuwAccountAntwoord } from '@eenplan/contracts';
import { useState } from 'react';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Melding } from '../../../ui/Melding';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useBeheerGemeenten, useBeheerOrganisaties, useMaakAccount } from '../hooks/useInrichting';
import { GemeentenKeuze } from './GemeentenKeuze';

/** A new account: name, e-mail, role, organisation and the gemeenten the person works for. */
export function NieuwAccount({ onUitkomst }: { onUitkomst: (tekst: string) => void }) {
  const formulier = useFormulier();
  const maak = useMaakAccount();
  const gemeenten = useBeheerGemeenten();
  const organisaties = useBeheerOrganisaties();
  const leeg = { gebruikersnaam: '', naam: '', email: '', rol: '', organisatieId: '' };
  const [invoer, setInvoer] = useState(leeg);
  const [gemeenteIds, setGemeenteIds] = useState<string[]>([]);
  // Without e-mail the link is shown here once: it is not stored, only its hash.
  const [gemaakt, setGemaakt] = useState<NieuwAccountAntwoord>();
  const [gekopieerd, setGekopieerd] = useState(false);
  const zet = (veld: keyof typeof leeg) => (e: { target: { value: string } }) => setInvoer((i) => ({ ...i, [veld]: e.target.value }));

  function verstuur() {
    const geldig = formulier.controleer(nieuwAccountInvoer, { ...invoer, gemeenteIds });
    if (!geldig) return;
    maak.mutate(geldig, {
      onSuccess: (antwoord) => {
        setGemaakt(antwoord);
        setGekopieerd(false);
        onUitkomst(
          antwoord.uitnodiging.perEmail
            ? `Het account van ${antwoord.account.naam} is aangemaakt. De uitnodiging is per e-mail verstuurd.`
            : `Het account van ${antwoord.account.naam} is aangemaakt. Geef de uitnodigingslink door.`,
        );
        setInvoer(leeg);
        setGemeenteIds([]);
      },
      onError: formulier.verwerkFout,
    });
  }
  const id = 'nieuw-account';
  const link = gemaakt?.uitnodiging.link;
  return (
    <>
    {link && (
      <Melding soort="warning">
        <p className="utrecht-paragraph">
          <strong>Uitnodigingslink voor {gemaakt.account.naam}</strong> (één keer te gebruiken, 7 dagen geldig). Deze link ziet u alleen nu: geef hem veilig door.
        </p>
        <p className="utrecht-paragraph">
          <code id={`${id}-link`} className="eenplan-uitnodigingslink">{link}</code>
        </p>
        <Knop soort="secondary-action" onClick={() => void navigator.clipboard.writeText(link).then(() => setGekopieerd(true))}>
          Link kopiëren
        </Knop>
        <span role="status">{gekopieerd ? ' Gekopieerd.' : ''}</span>
      </Melding>
    )}
    <Formulier
      id={id}
      titel="Account aanmaken"
      kopNiveau={2}
      foutTitel="Het account is niet aangemaakt"
      formulier={formulier}
      velden={[
        ['naam', `${id}-naam`],
        ['gebruikersnaam', `${id}-gebruikersnaam`],
        ['email', `${id}-email`],
        ['rol', `${id}-rol`],
        ['organisatieId', `${id}-organisatie`],
        ['gemeenteIds', `${id}-gemeenten`],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Account aanmaken"
      bezig={maak.isPending}
    >
      <Tekstveld id={`${id}-naam`} label="Naam" autoComplete="off" value={invoer.naam} onChange={zet('naam')} fout={formulier.veldfouten.naam} />
      <Tekstveld id={`${id}-gebruikersnaam`} label="Gebruikersnaam" omschrijving="Kleine letters, bijvoorbeeld s.devries." autoComplete="off" value={invoer.gebruikersnaam} onChange={zet('gebruikersnaam')} fout={formulier.veldfouten.gebruikersnaam} />
      <Tekstveld id={`${id}-email`} type="email" label="E-mailadres" autoComplete="off" value={invoer.email} onChange={zet('email')} fout={formulier.veldfouten.email} />
      <Keuzelijst id={`${id}-rol`} label="Rol" leegTekst="Kies een rol" value={invoer.rol} onChange={zet('rol')} fout={formulier.veldfouten.rol}>
        {ROLLEN.map((r) => (
          <option key={r} value={r}>
            {ROL_LABELS[r]}
          </option>
        ))}
      </Keuzelijst>
      <Keuzelijst id={`${id}-organisatie`} label="Organisatie" leegTekst="Kies een organisatie" value={invoer.organisatieId} onChange={zet('organisatieId')} fout={formulier.veldfouten.organisatieId}>
        {(organisaties.data ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.naam}
          </option>
        ))}
      </Keuzelijst>
      <GemeentenKeuze id={`${id}-gemeenten`} legenda="Werkt voor de gemeenten" gemeenten={gemeenten.data ?? []} gekozen={gemeenteIds} onChange={setGemeenteIds} fout={formulier.veldfouten.gemeenteIds} />
    </Formulier>
    </>
  );
}
