import type { ReactNode } from 'react';

/** A small coloured label (utrecht-status-badge); the text itself carries the meaning, not the colour. */
export function StatusLabel({ status, children }: { status: 'success' | 'danger' | 'warning' | 'neutral'; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}
