// The household's file (its frame and tabs) and the search in households.
export { HuishoudenOpbouw } from './components/HuishoudenOpbouw';
export { InzageTab } from './components/InzageTab';
export { PlanTab } from './components/PlanTab';
export { RegistrerenPagina } from './components/RegistrerenPagina';
export { TijdlijnTab } from './components/TijdlijnTab';
export { useZoekHuishoudens } from './hooks/useZoekHuishoudens';
