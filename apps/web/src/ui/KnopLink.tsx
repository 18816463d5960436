import { Link, type LinkProps } from 'react-router';
import { klassen } from './klassen';

/** A link that looks like a button (utrecht-button-link), for navigation such as "Huishouden registreren". */
export function KnopLink({ soort = 'secondary-action', className, ...rest }: LinkProps & { soort?: 'primary-action' | 'secondary-action' | 'subtle' }) {
  return <Link className={klassen('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${soort}`, 'eenplan-knoplink', className)} {...rest} />;
}
