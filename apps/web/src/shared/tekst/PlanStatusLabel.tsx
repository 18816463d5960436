import { PLAN_STATUS_LABELS, type PlanStatus } from '@eenplan/contracts';
import { StatusLabel } from '../../ui/StatusLabel';

const KLEUR: Record<PlanStatus, 'success' | 'warning' | 'neutral'> = { concept: 'warning', vastgesteld: 'success', afgesloten: 'neutral' };

export function PlanStatusLabel({ status }: { status: PlanStatus }) {
  return <StatusLabel status={KLEUR[status]}>{PLAN_STATUS_LABELS[status]}</StatusLabel>;
}
