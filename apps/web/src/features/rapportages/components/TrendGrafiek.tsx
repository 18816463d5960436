import type { PubliekeCel } from '@eenplan/contracts';
import { puntVan, schaalVoor } from '../grafiek';
import { useMarkeringen } from '../onthullingsregels';
import { celVoorlezen, kolomInZin, MAAT_EENHEID, periodeKort, type Maat } from '../weergave';
import { ArceringPatroon, useSvgId } from './Arcering';
import { GrafiekFiguur, GrafiekMarkering } from './GrafiekFiguur';

const BREEDTE = 720;
const HOOGTE = 320;
const LINKS = 64;
const RECHTS = 24;
const BOVEN = 40;
const ONDER = 44;
const KLEUR = '#24578f';

export interface TrendGrafiekProps {
  titel: string;
  /** The column shown, e.g. "Totaal". */
  kolom: string;
  /** One cell per published quarter, oldest first. */
  reeks: { periode: string; cel: PubliekeCel | undefined }[];
  maat: Maat;
  naarUitleg: () => void;
}

/** A line over the quarters; a withheld quarter is a hatched gap in the line with its marker, never a zero. */
export function TrendGrafiek({ titel, kolom, reeks, maat, naarUitleg }: TrendGrafiekProps) {
  const tekens = useMarkeringen();
  const patroonId = useSvgId('trend-arcering');
  const punten = reeks.map((r) => ({ periode: r.periode, punt: puntVan(r.cel, tekens) }));
  const schaal = schaalVoor(
    maat,
    punten.flatMap(({ punt }) => (punt.soort === 'waarde' ? [punt.waarde] : [])),
  );

  const plotBreedte = BREEDTE - LINKS - RECHTS;
  const plotHoogte = HOOGTE - BOVEN - ONDER;
  const vak = plotBreedte / Math.max(punten.length, 1);
  const x = (i: number) => LINKS + vak * (i + 0.5);
  const y = (w: number) => BOVEN + plotHoogte * (1 - (w - schaal.min) / (schaal.max - schaal.min));
  const bandBreedte = Math.min(vak - 16, 96);

  // The line is broken wherever a quarter is withheld or missing.
  const stukken: string[] = [];
  let stuk: string[] = [];
  punten.forEach(({ punt }, i) => {
    if (punt.soort === 'waarde') {
      stuk.push(`${stuk.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(punt.waarde).toFixed(1)}`);
    } else {
      if (stuk.length > 1) stukken.push(stuk.join(' '));
      stuk = [];
    }
  });
  if (stuk.length > 1) stukken.push(stuk.join(' '));

  return (
    <GrafiekFiguur
      titel={titel}
      samenvatting={`${kolomInZin(kolom)} per kwartaal: ${reeks.map((r) => `${periodeKort(r.periode)}: ${celVoorlezen(r.cel, tekens)}`).join('; ')}.`}
      breedte={BREEDTE}
      hoogte={HOOGTE}
      cijfers={{ koppen: ['Kwartaal', MAAT_EENHEID[maat] ? `${kolomInZin(kolom)} (${MAAT_EENHEID[maat]})` : kolom], rijen: reeks.map((r) => ({ label: periodeKort(r.periode), cel: r.cel })) }}
      metArcering={punten.some(({ punt }) => punt.soort === 'verborgen')}
      naarUitleg={naarUitleg}
    >
      <defs>
        <ArceringPatroon id={patroonId} />
      </defs>
      <text x={8} y={18} fontSize={14} fill="#333333">
        {MAAT_EENHEID[maat]}
      </text>
      {schaal.streepjes.map((s) => (
        <g key={s}>
          <line x1={LINKS} x2={BREEDTE - RECHTS} y1={y(s)} y2={y(s)} stroke={s === schaal.basis ? '#595959' : '#d9d9d9'} strokeWidth={s === schaal.basis ? 1.5 : 1} />
          <text x={LINKS - 8} y={y(s) + 5} textAnchor="end" fontSize={14} fill="#333333">
            {schaal.label(s)}
          </text>
        </g>
      ))}
      {punten.map(({ periode, punt }, i) =>
        punt.soort === 'verborgen' ? (
          <g key={periode}>
            <rect x={x(i) - bandBreedte / 2} y={BOVEN} width={bandBreedte} height={plotHoogte} fill={`url(#${patroonId})`} stroke="#595959" strokeDasharray="4 3" />
            <GrafiekMarkering x={x(i)} y={BOVEN + plotHoogte / 2} teken={punt.teken} maxBreedte={vak - 6} />
          </g>
        ) : punt.soort === 'geen' ? (
          <text key={periode} x={x(i)} y={BOVEN + plotHoogte / 2} textAnchor="middle" fontSize={13} fill="#4d4d4d">
            geen cijfer
          </text>
        ) : null,
      )}
      {stukken.map((d) => (
        <path key={d} d={d} fill="none" stroke={KLEUR} strokeWidth={3} strokeLinejoin="round" />
      ))}
      {punten.map(({ periode, punt }, i) =>
        punt.soort === 'waarde' ? (
          <g key={periode}>
            <circle cx={x(i)} cy={y(punt.waarde)} r={5.5} fill={KLEUR} stroke="#ffffff" strokeWidth={2} />
            <text x={x(i)} y={y(punt.waarde) - 12} textAnchor="middle" fontSize={15} fontWeight={700} fill="#1a1a1a">
              {punt.tekst}
            </text>
          </g>
        ) : null,
      )}
      {punten.map(({ periode }, i) => (
        <text key={periode} x={x(i)} y={HOOGTE - ONDER + 26} textAnchor="middle" fontSize={14} fill="#333333">
          {periodeKort(periode)}
        </text>
      ))}
    </GrafiekFiguur>
  );
}
