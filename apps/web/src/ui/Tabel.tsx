import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { klassen } from './klassen';

/** NL Design System table (utrecht-table), in a container that scrolls sideways on small screens. */
export function Tabel({ className, children, ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="utrecht-table-container utrecht-table-container--overflow-inline eenplan-tabel-houder" tabIndex={0}>
      <table className={klassen('utrecht-table', 'utrecht-table--html-table', className)} {...rest}>
        {children}
      </table>
    </div>
  );
}

export const Bijschrift = ({ className, ...rest }: HTMLAttributes<HTMLTableCaptionElement>) => (
  <caption className={klassen('utrecht-table__caption', className)} {...rest} />
);
export const TabelKop = ({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) => (
  <thead className={klassen('utrecht-table__header', className)} {...rest} />
);
export const TabelRomp = ({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) => (
  <tbody className={klassen('utrecht-table__body', className)} {...rest} />
);
export const Rij = ({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) => <tr className={klassen('utrecht-table__row', className)} {...rest} />;
export const KopCel = ({ className, scope = 'col', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) => (
  <th scope={scope} className={klassen('utrecht-table__header-cell', className)} {...rest} />
);
export const Cel = ({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) => <td className={klassen('utrecht-table__cell', className)} {...rest} />;
