import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Edit in place: which panel of an item is open ('wijzigen', 'verwijderen', …). The button
 * that opened a panel gets focus back when it closes, so keyboard users keep their place.
 * The panel itself puts focus on its first field (autoFocus).
 */
export function useInPlaats<M extends string>() {
  const [modus, setModus] = useState<M>();
  const knoppen = useRef(new Map<M, HTMLButtonElement | null>());
  const terugNaar = useRef<M>(undefined);

  useEffect(() => {
    if (modus === undefined && terugNaar.current !== undefined) {
      knoppen.current.get(terugNaar.current)?.focus();
      terugNaar.current = undefined;
    }
  }, [modus]);

  const open = useCallback((nieuw: M) => setModus(nieuw), []);
  const sluit = useCallback(() => {
    setModus((huidig) => {
      terugNaar.current = huidig;
      return undefined;
    });
  }, []);
  /** Ref for the button that opens panel `m`. */
  const knop = useCallback((m: M) => (el: HTMLButtonElement | null) => void knoppen.current.set(m, el), []);

  return { modus, open, sluit, knop };
}
