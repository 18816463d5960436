import { useEffect } from 'react';

export const PRODUCTNAAM = 'Eén plan voor elk thuis';

/**
 * Sets the browser tab title: "Werkvoorraad — Eén plan voor elk thuis". `undefined` leaves it
 * to a nested page (a frame whose tabs set their own title).
 */
export function usePaginaTitel(titel: string | undefined): void {
  useEffect(() => {
    if (titel !== undefined) document.title = `${titel} — ${PRODUCTNAAM}`;
  }, [titel]);
}
