/** A calm loading line, announced politely. */
export function Laden({ tekst = 'Bezig met laden…' }: { tekst?: string }) {
  return (
    <p className="utrecht-paragraph eenplan-laden" role="status">
      {tekst}
    </p>
  );
}
