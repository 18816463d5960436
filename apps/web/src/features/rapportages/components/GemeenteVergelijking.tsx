import type { PubliekeCel } from '@eenplan/contracts';
import { puntVan, schaalVoor } from '../grafiek';
import { useMarkeringen } from '../onthullingsregels';
import { celVoorlezen, kolomInZin, MAAT_EENHEID, type Maat } from '../weergave';
import { ArceringPatroon, useSvgId } from './Arcering';
import { GrafiekFiguur, GrafiekMarkering } from './GrafiekFiguur';

const BREEDTE = 720;
const LABELS = 150;
const RECHTS = 72;
const BOVEN = 12;
const RIJ = 48;
const ONDER = 40;
const STAAF = 28;
/** A withheld figure: a short hatched stub with its marker, clearly not a length to read. */
const STOMP = 44;
const KLEUR = '#24578f';

export interface GemeenteVergelijkingProps {
  titel: string;
  /** The column shown, e.g. "Totaal". */
  kolom: string;
  /** One cell per gemeente (the Regio row left out). */
  gemeenten: { gemeente: string; cel: PubliekeCel | undefined }[];
  maat: Maat;
  naarUitleg: () => void;
}

/** Horizontal bars, one per gemeente; a withheld figure is a hatched stub with its marker, never a zero. */
export function GemeenteVergelijking({ titel, kolom, gemeenten, maat, naarUitleg }: GemeenteVergelijkingProps) {
  const tekens = useMarkeringen();
  const patroonId = useSvgId('vergelijking-arcering');
  const staven = gemeenten.map((g) => ({ gemeente: g.gemeente, punt: puntVan(g.cel, tekens) }));
  const schaal = schaalVoor(
    maat,
    staven.flatMap(({ punt }) => (punt.soort === 'waarde' ? [punt.waarde] : [])),
  );
  const hoogte = BOVEN + staven.length * RIJ + ONDER;
  const plotBreedte = BREEDTE - LABELS - RECHTS;
  const x = (w: number) => LABELS + (plotBreedte * (w - schaal.min)) / (schaal.max - schaal.min);
  const midden = (i: number) => BOVEN + RIJ * (i + 0.5);
  const onderkant = BOVEN + staven.length * RIJ;

  return (
    <GrafiekFiguur
      titel={titel}
      samenvatting={`${kolomInZin(kolom)} per gemeente: ${gemeenten.map((g) => `${g.gemeente}: ${celVoorlezen(g.cel, tekens)}`).join('; ')}.`}
      breedte={BREEDTE}
      hoogte={hoogte}
      cijfers={{ koppen: ['Gemeente', MAAT_EENHEID[maat] ? `${kolomInZin(kolom)} (${MAAT_EENHEID[maat]})` : kolom], rijen: gemeenten.map((g) => ({ label: g.gemeente, cel: g.cel })) }}
      metArcering={staven.some(({ punt }) => punt.soort === 'verborgen')}
      naarUitleg={naarUitleg}
    >
      <defs>
        <ArceringPatroon id={patroonId} />
      </defs>
      {schaal.streepjes.map((s) => (
        <g key={s}>
          <line x1={x(s)} x2={x(s)} y1={BOVEN} y2={onderkant} stroke={s === schaal.basis ? '#595959' : '#d9d9d9'} strokeWidth={s === schaal.basis ? 1.5 : 1} />
          <text x={x(s)} y={onderkant + 22} textAnchor="middle" fontSize={14} fill="#333333">
            {schaal.label(s)}
          </text>
        </g>
      ))}
      {staven.map(({ gemeente, punt }, i) => {
        const y = midden(i);
        if (punt.soort === 'waarde') {
          const van = x(schaal.basis);
          const tot = x(punt.waarde);
          const negatief = punt.waarde < schaal.basis;
          return (
            <g key={gemeente}>
              <GemeenteNaam y={y} naam={gemeente} />
              <rect x={Math.min(van, tot)} y={y - STAAF / 2} width={Math.abs(tot - van)} height={STAAF} fill={KLEUR} />
              <text x={negatief ? tot - 8 : tot + 8} y={y + 5} textAnchor={negatief ? 'end' : 'start'} fontSize={15} fontWeight={700} fill="#1a1a1a">
                {punt.tekst}
              </text>
            </g>
          );
        }
        if (punt.soort === 'verborgen') {
          return (
            <g key={gemeente}>
              <GemeenteNaam y={y} naam={gemeente} />
              <rect x={LABELS} y={y - STAAF / 2} width={STOMP} height={STAAF} fill={`url(#${patroonId})`} stroke="#595959" strokeDasharray="4 3" />
              <GrafiekMarkering x={LABELS + STOMP + 8} y={y} teken={punt.teken} anker="start" />
            </g>
          );
        }
        return (
          <g key={gemeente}>
            <GemeenteNaam y={y} naam={gemeente} />
            <text x={LABELS + 8} y={y + 5} fontSize={13} fill="#4d4d4d">
              geen cijfer
            </text>
          </g>
        );
      })}
    </GrafiekFiguur>
  );
}

function GemeenteNaam({ y, naam }: { y: number; naam: string }) {
  return (
    <text x={LABELS - 10} y={y + 5} textAnchor="end" fontSize={15} fill="#1a1a1a">
      {naam}
    </text>
  );
}
