import type { ReactNode } from 'react';

/** Text for screen readers only. */
export function VisueelVerborgen({ children }: { children: ReactNode }) {
  return <span className="eenplan-visueel-verborgen">{children}</span>;
}
