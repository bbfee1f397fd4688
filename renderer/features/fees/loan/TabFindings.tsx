// The findings that belong on one sub-page of the fees step, folded open when one blocks,
// each with its source and a link that lands on the field.
import type { Finding } from '../../../../shared/findings/finding.ts';
import { FindingList } from '../../plan/FindingList.tsx';

export function TabFindings({ planId, findings, summary }: { planId: string; findings: Finding[]; summary: string }) {
  if (findings.length === 0) return null;
  const blocking = findings.some((finding) => finding.severity === 'blocking');
  return (
    <details className="step-findings fees-findings" open={blocking}>
      <summary>{summary}</summary>
      <FindingList planId={planId} findings={findings} />
    </details>
  );
}
