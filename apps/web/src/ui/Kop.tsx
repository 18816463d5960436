import type { HTMLAttributes } from 'react';
import { klassen } from './klassen';

export interface KopProps extends HTMLAttributes<HTMLHeadingElement> {
  niveau: 1 | 2 | 3 | 4 | 5;
}

/** Heading with the NL Design System style of its level (utrecht-heading-N). */
export function Kop({ niveau, className, ...rest }: KopProps) {
  const Element = `h${niveau}` as const;
  return <Element className={klassen(`utrecht-heading-${niveau}`, className)} {...rest} />;
}
