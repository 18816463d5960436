export { PlanSectie } from './components/PlanSectie';
