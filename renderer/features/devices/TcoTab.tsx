// Contract comparisons (total cost of ownership): the list, and one comparison on its own
// address (`…/vergelijking/<id>`). A finding's link to a comparison's field arrives on the
// list and is sent on to the comparison that holds it.
import { Navigate, useSearchParams } from 'react-router';
import type { PlanState } from '../../../shared/contract.ts';
import { subPaths } from '../../app/routes.ts';
import { TcoEditor } from './tco/TcoEditor.tsx';
import { TcoList } from './tco/TcoList.tsx';

export function TcoTab({ state, rest }: { state: PlanState; rest: string[] }) {
  const [params] = useSearchParams();
  const planId = state.plan.id;
  const [tcoId] = rest;
  const field = params.get('veld');

  if (!tcoId) {
    const linked = field?.startsWith('tcos.') ? field.split('.')[1] : undefined;
    if (linked && state.plan.tcos.some((tco) => tco.id === linked)) {
      return <Navigate replace to={`${subPaths.devices(planId, 'tco', linked)}?veld=${encodeURIComponent(field!)}`} />;
    }
    return <TcoList state={state} />;
  }
  return <TcoEditor state={state} tcoId={tcoId} />;
}
