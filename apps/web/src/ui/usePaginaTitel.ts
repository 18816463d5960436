import { useEffect } from 'react';

export const PRODUCTNAAM = 'Eén plan voor elk thuis';

/** Sets the browser tab title: "Werkvoorraad — Eén plan voor elk thuis". */
export function usePaginaTitel(titel: string): void {
  useEffect(() => {
    document.title = `${titel} — ${PRODUCTNAAM}`;
  }, [titel]);
}
