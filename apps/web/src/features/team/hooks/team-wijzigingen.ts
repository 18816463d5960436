import { useHuishoudenWijziging } from '../../../shared/huishouden/useHuishoudenWijziging';
import {
  beeindigRegie,
  beeindigTeamlid,
  geefToestemming,
  legEvaluatieVast,
  legRegieVast,
  legVeiligheidssignaalVast,
  planEvaluatie,
  trekToestemmingIn,
  voegBijdrageToe,
  voegTeamlidToe,
  zetGrondslagen,
} from '../api/team-api';

// One hook per change to the team, consent, regie, evaluations, safety and contributions;
// each answers with the whole household (see useHuishoudenWijziging).

/** Adds a professional or someone of the household's network to the team. */
export const useVoegTeamlidToe = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof voegTeamlidToe>[1]) => voegTeamlidToe(huishoudenId, invoer));

/** Ends a team membership on a given day. */
export const useBeeindigTeamlid = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ teamlidId, invoer }: { teamlidId: string; invoer: Parameters<typeof beeindigTeamlid>[1] }) => beeindigTeamlid(teamlidId, invoer));

/** Records the household's consent to share its plan with an organisation. */
export const useGeefToestemming = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof geefToestemming>[1]) => geefToestemming(huishoudenId, invoer));

/** Withdraws consent; the organisation loses access on its next request. */
export const useTrekToestemmingIn = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ toestemmingId, invoer }: { toestemmingId: string; invoer: Parameters<typeof trekToestemmingIn>[1] }) =>
    trekToestemmingIn(toestemmingId, invoer),
  );

/** Sets the laws the support falls under (replaces the list). */
export const useZetGrondslagen = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof zetGrondslagen>[1]) => zetGrondslagen(huishoudenId, invoer));

/** Records who holds regie; a current agreement ends in the same step. */
export const useLegRegieVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof legRegieVast>[1]) => legRegieVast(huishoudenId, invoer));

/** Ends the current regie agreement. */
export const useBeeindigRegie = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ regieId, versie }: { regieId: string; versie: number }) => beeindigRegie(regieId, versie));

/** Plans an evaluation moment. */
export const usePlanEvaluatie = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof planEvaluatie>[1]) => planEvaluatie(huishoudenId, invoer));

/** Records a held evaluation and plans the next one. */
export const useLegEvaluatieVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ evaluatieId, invoer }: { evaluatieId: string; invoer: Parameters<typeof legEvaluatieVast>[1] }) =>
    legEvaluatieVast(evaluatieId, invoer),
  );

/** Records a meldcode step; visible to the whole team. */
export const useLegVeiligheidssignaalVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof legVeiligheidssignaalVast>[1]) => legVeiligheidssignaalVast(huishoudenId, invoer));

/** Adds a contribution (note) of a team member. */
export const useVoegBijdrageToe = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: Parameters<typeof voegBijdrageToe>[1]) => voegBijdrageToe(huishoudenId, invoer));
