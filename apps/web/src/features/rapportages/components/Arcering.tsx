import { useId } from 'react';

/**
 * The hatching that marks a withheld figure in a chart: a gap with a pattern, never a bar of
 * zero. `id` must be unique on the page.
 */
export function ArceringPatroon({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="#ffffff" />
      <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8a8a" strokeWidth="2.5" />
    </pattern>
  );
}

/** The key under a chart: what the hatching means. */
export function ArceringLegenda({ naarUitleg }: { naarUitleg: () => void }) {
  const patroonId = useSvgId('legenda-arcering');
  return (
    <p className="utrecht-paragraph eenplan-grafiek__legenda">
      <svg className="eenplan-grafiek__staal" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">
        <defs>
          <ArceringPatroon id={patroonId} />
        </defs>
        <rect x="0.5" y="0.5" width="23" height="15" fill={`url(#${patroonId})`} stroke="#595959" strokeDasharray="3 2" />
      </svg>
      <span>
        Gearceerd met een teken (&lt;10, × of te weinig): dit cijfer laten we niet zien.{' '}
        <a
          className="utrecht-link utrecht-link--html-a"
          href="#zo-leest-u-de-cijfers"
          onClick={(e) => {
            e.preventDefault();
            naarUitleg();
          }}
        >
          Waarom?
        </a>
      </span>
    </p>
  );
}

/** A unique id that is safe inside `url(#…)` in SVG (React's own ids contain characters it may not accept). */
export function useSvgId(naam: string): string {
  return `eenplan-${naam}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
