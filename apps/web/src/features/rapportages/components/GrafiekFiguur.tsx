import type { PubliekeCel } from '@eenplan/contracts';
import type { ReactNode } from 'react';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { ArceringLegenda, useSvgId } from './Arcering';
import { CelInhoud } from './CelInhoud';

export interface GrafiekCijfers {
  /** Header of the first column ("Kwartaal", "Gemeente") and of the value column. */
  koppen: [string, string];
  rijen: { label: string; cel: PubliekeCel | undefined }[];
}

export interface GrafiekFiguurProps {
  /** What the chart shows; its accessible name and visible caption. */
  titel: string;
  /** Every value in words, for screen readers (the SVG description). */
  samenvatting: string;
  breedte: number;
  hoogte: number;
  cijfers: GrafiekCijfers;
  /** Shows the key of the hatching when a figure is withheld. */
  metArcering: boolean;
  naarUitleg: () => void;
  children: ReactNode;
}

/**
 * A chart as inline SVG (role="img" with a name and a description), with its figures as a
 * real table underneath for whoever cannot or does not want to read the picture.
 */
export function GrafiekFiguur({ titel, samenvatting, breedte, hoogte, cijfers, metArcering, naarUitleg, children }: GrafiekFiguurProps) {
  const titelId = useSvgId('grafiek-titel');
  const omschrijvingId = useSvgId('grafiek-omschrijving');
  return (
    <figure className="utrecht-figure eenplan-grafiek">
      <figcaption className="utrecht-figure__caption eenplan-grafiek__bijschrift">{titel}</figcaption>
      <div className="eenplan-grafiek__vlak">
        <svg
          className="eenplan-grafiek__svg"
          role="img"
          aria-labelledby={titelId}
          aria-describedby={omschrijvingId}
          viewBox={`0 0 ${breedte} ${hoogte}`}
          preserveAspectRatio="xMinYMin meet"
          focusable="false"
        >
          <title id={titelId}>{titel}</title>
          <desc id={omschrijvingId}>{samenvatting}</desc>
          {children}
        </svg>
      </div>
      {metArcering && <ArceringLegenda naarUitleg={naarUitleg} />}
      <details className="eenplan-grafiek__cijfers">
        <summary className="eenplan-grafiek__toon-cijfers">Cijfers bij deze grafiek</summary>
        <Tabel>
          <Bijschrift>{titel}</Bijschrift>
          <TabelKop>
            <Rij>
              <KopCel>{cijfers.koppen[0]}</KopCel>
              <KopCel className="utrecht-table__cell--numeric-column">{cijfers.koppen[1]}</KopCel>
            </Rij>
          </TabelKop>
          <TabelRomp>
            {cijfers.rijen.map((rij) => (
              <Rij key={rij.label}>
                <KopCel scope="row">{rij.label}</KopCel>
                <Cel className="utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                  <CelInhoud cel={rij.cel} />
                </Cel>
              </Rij>
            ))}
          </TabelRomp>
        </Tabel>
      </details>
    </figure>
  );
}

/**
 * The marker of a withheld figure inside a chart: its sign on a white label, so it stays legible
 * on the hatching. Long markers ("te weinig") get a smaller font when the space is narrow.
 */
export function GrafiekMarkering({ x, y, teken, maxBreedte = Infinity, anker = 'midden' }: { x: number; y: number; teken: string; maxBreedte?: number; anker?: 'midden' | 'start' }) {
  const lettergrootte = Math.max(11, Math.min(15, (maxBreedte - 12) / (teken.length * 0.6)));
  const breedte = Math.max(28, teken.length * lettergrootte * 0.6 + 12);
  const links = anker === 'start' ? x : x - breedte / 2;
  return (
    <g className="eenplan-grafiek__markering">
      <rect x={links} y={y - 12} width={breedte} height={24} rx={3} fill="#ffffff" stroke="#595959" />
      <text x={links + breedte / 2} y={y + lettergrootte / 3} textAnchor="middle" fontSize={lettergrootte} fontWeight={700} fill="#1a1a1a">
        {teken}
      </text>
    </g>
  );
}
