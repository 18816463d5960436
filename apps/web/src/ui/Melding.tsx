import type { ReactNode, Ref } from 'react';
import { klassen } from './klassen';

export type MeldingSoort = 'info' | 'ok' | 'warning' | 'error';

const TEKEN: Record<MeldingSoort, string> = { info: 'ℹ', ok: '✓', warning: '!', error: '✕' };

export interface MeldingProps {
  soort: MeldingSoort;
  /** 'alert' for errors that need attention now, 'status' for calm news. */
  role?: 'alert' | 'status';
  children: ReactNode;
  tabIndex?: number;
  className?: string;
  'aria-labelledby'?: string;
  ref?: Ref<HTMLDivElement>;
}

/** NL Design System alert box (utrecht-alert). */
export function Melding({ soort, children, className, ref, ...rest }: MeldingProps) {
  return (
    <div ref={ref} className={klassen('utrecht-alert', `utrecht-alert--${soort}`, 'eenplan-melding', className)} {...rest}>
      <div className="utrecht-alert__icon eenplan-melding__teken" aria-hidden="true">
        {TEKEN[soort]}
      </div>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
