// Procurement files (Digiplan §B.3): the list with what each file holds, one file on its own
// address (`aankoopdossiers/<id>`), and the thresholds with the spend per supplier. A
// finding's link to a file's field opens that file.
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { subPaths } from '../../app/routes.ts';
import { ProcurementEditor } from './procurement/ProcurementEditor.tsx';
import { ProcurementList } from './procurement/ProcurementList.tsx';
import { ProcurementSettings } from './procurement/ProcurementSettings.tsx';

export function ProcurementTab({ state, rest }: { state: PlanState; rest: string[] }) {
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [procurementId] = rest;
  const field = params.get('veld');

  if (procurementId) return <ProcurementEditor key={procurementId} state={state} procurementId={procurementId} />;

  const linked = field?.startsWith('procurements.') ? field.split('.')[1] : undefined;
  if (linked && state.plan.procurements.some((procurement) => procurement.id === linked)) {
    return <Navigate replace to={`${subPaths.devices(planId, 'procurement', linked)}?veld=${encodeURIComponent(field!)}`} />;
  }

  return (
    <>
      <ProcurementList state={state} />
      <ProcurementSettings key={planId} state={state} />
    </>
  );
}
