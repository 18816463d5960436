import type { ReactNode } from 'react';
import { klassen } from './klassen';

/** Key–value pairs (utrecht-data-list as dl). Items without a value are left out. */
export function Gegevenslijst({ items, className }: { items: [ReactNode, ReactNode][]; className?: string }) {
  return (
    <dl className={klassen('utrecht-data-list', 'eenplan-gegevens', className)}>
      {items
        .filter(([, waarde]) => waarde !== null && waarde !== undefined && waarde !== '')
        .map(([sleutel, waarde], i) => (
          <div key={i} className="utrecht-data-list__item eenplan-gegevens__item">
            <dt className="utrecht-data-list__item-key eenplan-gegevens__sleutel">{sleutel}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd eenplan-gegevens__waarde">{waarde}</dd>
          </div>
        ))}
    </dl>
  );
}
