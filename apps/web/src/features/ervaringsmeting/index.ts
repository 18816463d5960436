export { ErvaringsmetingBijEvaluatie } from './components/ErvaringsmetingBijEvaluatie';
export { PositieveGezondheidSectie } from './components/PositieveGezondheidSectie';
