/**
 * The database role report queries run as: it can read the `rapportage` views and nothing else.
 * Created by migration 1763880000000-Thema2Metingen under this name, so the name is fixed:
 * renaming it here would change what that migration does.
 */
export const RAPPORTAGE_ROL = 'eenplan_rapportage';
