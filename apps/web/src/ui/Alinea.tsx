import type { HTMLAttributes } from 'react';
import { klassen } from './klassen';

export function Alinea({ inleiding = false, className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { inleiding?: boolean }) {
  return <p className={klassen('utrecht-paragraph', inleiding && 'utrecht-paragraph--lead', className)} {...rest} />;
}
