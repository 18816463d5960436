import { useEffect, useRef, useState } from 'react';
import { tijdstipTekst } from '../../../ui/datum';
import { Knop } from '../../../ui/Knop';
import { Melding } from '../../../ui/Melding';

/**
 * A link just made for the household. Only its hash is stored, so this is the one time it can
 * be shown: copy it now. Focus goes to the link, so a screen reader reads it out at once.
 */
export function NieuweMeetlink({ id, link, onKlaar }: { id: string; link: { url: string; verlooptOp: string }; onKlaar: () => void }) {
  const volledig = `${window.location.origin}${link.url}`;
  const veldRef = useRef<HTMLInputElement>(null);
  const [gekopieerd, setGekopieerd] = useState<'ja' | 'mislukt'>();

  useEffect(() => {
    veldRef.current?.focus();
    veldRef.current?.select();
  }, [link.url]);

  async function kopieer() {
    try {
      await navigator.clipboard.writeText(volledig);
      setGekopieerd('ja');
    } catch {
      // Without clipboard permission (some browsers, http): the link is selected for Ctrl+C.
      veldRef.current?.select();
      setGekopieerd('mislukt');
    }
  }

  return (
    <div className="eenplan-paneel eenplan-meetlink">
      <div className="utrecht-form-field utrecht-form-field--text eenplan-veld">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            Link voor het huishouden
          </label>
        </div>
        <div id={`${id}-uitleg`} className="utrecht-form-field-description">
          De link werkt één keer, tot {tijdstipTekst(link.verlooptOp)}. Geef of stuur hem aan het huishouden. U ziet de link alleen nu; maakt u later een nieuwe, dan werkt
          deze niet meer.
        </div>
        <div className="utrecht-form-field__input">
          <input
            ref={veldRef}
            id={id}
            className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only eenplan-meetlink__url"
            readOnly
            value={volledig}
            aria-describedby={`${id}-uitleg`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      </div>
      <div role="status">
        {gekopieerd === 'ja' && <p className="utrecht-paragraph">De link is gekopieerd.</p>}
        {gekopieerd === 'mislukt' && (
          <Melding soort="warning">
            <p className="utrecht-paragraph">Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (Mac: Cmd+C).</p>
          </Melding>
        )}
      </div>
      <div className="utrecht-button-group eenplan-knoppenrij">
        <Knop soort="primary-action" onClick={() => void kopieer()}>
          Link kopiëren
        </Knop>
        <Knop soort="secondary-action" onClick={onKlaar}>
          Klaar
        </Knop>
      </div>
    </div>
  );
}
