import type { ButtonHTMLAttributes, Ref } from 'react';
import { klassen } from './klassen';

type Soort = 'primary-action' | 'secondary-action' | 'subtle';

export interface KnopProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  soort?: Soort;
  /** Shows the button as busy and blocks a second click while a request runs. */
  bezig?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** NL Design System button (utrecht-button). */
export function Knop({ soort = 'secondary-action', bezig = false, type = 'button', className, disabled, children, ...rest }: KnopProps) {
  return (
    <button
      type={type}
      className={klassen(
        'utrecht-button',
        `utrecht-button--${soort}`,
        type === 'submit' && 'utrecht-button--submit',
        bezig && 'utrecht-button--busy',
        disabled && 'utrecht-button--disabled',
        className,
      )}
      disabled={disabled}
      aria-disabled={bezig || undefined}
      aria-busy={bezig || undefined}
      {...rest}
      onClick={bezig ? (e) => e.preventDefault() : rest.onClick}
    >
      {children}
    </button>
  );
}
