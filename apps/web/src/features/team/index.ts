// The household file's tabs about the team, regie, safety and contributions.
export { BijdragenTab } from './components/BijdragenTab';
export { RegieTab } from './components/RegieTab';
export { TeamTab } from './components/TeamTab';
export { VeiligheidTab } from './components/VeiligheidTab';
