import type { ReactNode } from 'react';
import { GeenToegangPagina } from './GeenToegangPagina';
import { useRechten, type Recht } from './Rechten';

/** Shows the page only when the user's role allows it; otherwise "Geen toegang". */
export function MetRecht({ actie, subject, children }: Recht & { children: ReactNode }) {
  const rechten = useRechten();
  return rechten.can(actie, subject) ? children : <GeenToegangPagina />;
}
