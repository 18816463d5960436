import { Melding } from './Melding';

/**
 * A live region that is always in the page, so screen readers announce the news after a
 * change ("Het doel is opgeslagen."). Empty shows nothing.
 */
export function Uitkomst({ tekst }: { tekst?: string }) {
  return (
    <div className="eenplan-uitkomst" role="status">
      {tekst && (
        <Melding soort="ok">
          <p className="utrecht-paragraph">{tekst}</p>
        </Melding>
      )}
    </div>
  );
}
