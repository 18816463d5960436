import { veldfouten as veldfoutenVan, type Veldfout, type z } from '@eenplan/contracts';
import { useCallback, useEffect, useState } from 'react';
import type { VeldFout } from '../../ui/Foutensamenvatting';
import { foutmelding, isApiFout } from '../api/http';

/** Field errors by dotted path ("leden.0.bsn"), as zod and the API both name them. */
export type Veldfouten = Record<string, string>;

/** The title the API gives a 409 for a stale `versie`. */
export const INTUSSEN_GEWIJZIGD = 'Intussen gewijzigd';

export function isIntussenGewijzigd(fout: unknown): boolean {
  return isApiFout(fout, 409) && (fout.probleem.title === INTUSSEN_GEWIJZIGD || fout.probleem.type.endsWith('gewijzigd-door-ander'));
}

function naarVeldfouten(fouten: Veldfout[]): Veldfouten {
  const uit: Veldfouten = {};
  for (const { veld, melding } of fouten) uit[veld] ??= melding;
  return uit;
}

/**
 * The state of one form's errors: field errors (from the shared zod schema before sending,
 * or from the API's problem details after), a general error, and a conflict (409). `poging`
 * changes on every submit, so the summary takes focus again.
 */
export function useFormulier() {
  const [veldfouten, setVeldfouten] = useState<Veldfouten>({});
  const [algemeen, setAlgemeen] = useState<string>();
  const [conflict, setConflict] = useState<{ tekst: string; gewijzigd: boolean }>();
  const [poging, setPoging] = useState(0);

  /**
   * Checks the input with the shared schema, plus `extra`: errors only the form knows (e.g. a
   * result missing per goal). On any error shows them all and returns undefined.
   */
  const controleer = useCallback(<S extends z.ZodType>(schema: S, invoer: unknown, extra: Veldfouten = {}): z.output<S> | undefined => {
    setPoging((p) => p + 1);
    setAlgemeen(undefined);
    setConflict(undefined);
    const uitkomst = schema.safeParse(invoer);
    const fouten = {
      ...(uitkomst.success ? {} : naarVeldfouten(veldfoutenVan(uitkomst.error))),
      ...extra,
    };
    setVeldfouten(fouten);
    return uitkomst.success && Object.keys(fouten).length === 0 ? uitkomst.data : undefined;
  }, []);

  /**
   * Shows an API error on the form. A stale version (409) becomes a conflict, not a crash; a
   * 409 that names fields (a BSN already in another household) shows at those fields.
   */
  const verwerkFout = useCallback((fout: unknown): 'conflict' | 'velden' | 'algemeen' => {
    setPoging((p) => p + 1);
    if (isApiFout(fout, 409) && !fout.probleem.fouten?.length) {
      setConflict({ tekst: fout.probleem.detail, gewijzigd: isIntussenGewijzigd(fout) });
      return 'conflict';
    }
    const velden = isApiFout(fout, 400) || isApiFout(fout, 409) ? (fout.probleem.fouten ?? []) : [];
    if (velden.length) {
      setVeldfouten(naarVeldfouten(velden));
      setAlgemeen(undefined);
      return 'velden';
    }
    setAlgemeen(foutmelding(fout));
    return 'algemeen';
  }, []);

  const wis = useCallback(() => {
    setVeldfouten({});
    setAlgemeen(undefined);
    setConflict(undefined);
  }, []);

  /**
   * The summary's list: errors in the order of the form's fields (each linked to its input),
   * then any the form has no field for, then the general error.
   */
  const samenvatting = (volgorde: [pad: string, veldId: string][]): VeldFout[] => {
    const bekend = new Set(volgorde.map(([pad]) => pad));
    return [
      ...volgorde.flatMap(([pad, veldId]) => (veldfouten[pad] ? [{ veldId, melding: veldfouten[pad] }] : [])),
      ...Object.entries(veldfouten)
        .filter(([pad]) => !bekend.has(pad))
        .map(([, melding]) => ({ melding })),
      ...(algemeen ? [{ melding: algemeen }] : []),
    ];
  };

  return { veldfouten, algemeen, conflict, poging, controleer, verwerkFout, wis, samenvatting };
}

/**
 * The version an edit is based on: the one the form was opened with. After a conflict (409)
 * the current version arrives with the household fetched again; the next save is based on it,
 * while the form keeps what was typed.
 */
export function useBasisVersie(formulier: Pick<ReturnType<typeof useFormulier>, 'conflict'>, huidige: number | undefined) {
  const [basis, setBasis] = useState(huidige);
  useEffect(() => {
    if (formulier.conflict && huidige !== undefined) setBasis(huidige);
  }, [formulier.conflict, huidige]);
  return [basis, setBasis] as const;
}
