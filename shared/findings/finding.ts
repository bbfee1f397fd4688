// A finding: one thing the plan still needs, with the rule behind it, how serious it is,
// where to fix it and the source text that makes it a rule.
import { z } from 'zod';
import { stepIds } from '../plan/steps.ts';
import { sources, type SourceId } from '../sources.ts';

export const severities = ['blocking', 'warning', 'tip'] as const;
export type Severity = (typeof severities)[number];

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(severities),
  step: z.enum(stepIds),
  /** Dotted path of the field to fix, so the UI can jump to it. */
  field: z.string().optional(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  source: z.object({ id: z.string(), ref: z.string(), quote: z.string() }),
});
export type Finding = z.infer<typeof FindingSchema>;

export function finding(
  ruleId: string,
  severity: Severity,
  step: Finding['step'],
  sourceId: SourceId,
  extra: { field?: string; params?: Record<string, string | number> } = {},
): Finding {
  const { ref, quote } = sources[sourceId];
  return {
    ruleId,
    severity,
    step,
    messageKey: `findings.${ruleId}`,
    source: { id: sourceId, ref, quote },
    ...extra,
  };
}

const severityRank: Record<Severity, number> = { blocking: 0, warning: 1, tip: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return severityRank[a.severity] - severityRank[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
