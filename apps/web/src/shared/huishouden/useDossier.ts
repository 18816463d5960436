import { useOutletContext } from 'react-router';
import type { HuishoudenDetail } from '@eenplan/contracts';

/** The household whose file is open; given by HuishoudenOpbouw to its tabs. */
export function useDossier(): HuishoudenDetail {
  return useOutletContext<HuishoudenDetail>();
}
