// The export step's two costs: every document of the example plan in every format through
// the handler table (what "download all" and `digiplan export` do), and the controle
// recompute (all findings and step states of the example plan) that the check and export
// screens show on every change.
import { stepStatuses, checkPreconditions } from '../../../shared/findings/engine.ts';
import { exportDocumentIds } from '../../../shared/export/documents.ts';
import type { Plan } from '../../../shared/plan/schema.ts';
import type { ReferenceList } from '../../../shared/prices/schema.ts';
import { benchDir, timeMs, type Scenario } from '../scenario.ts';
import { examplePlanId, openBench, unwrap } from './backend.ts';

export const exportAll: Scenario = {
  name: `export: all ${exportDocumentIds.length} documents of the example plan (pdf, docx, xlsx, csv)`,
  unit: 'ms',
  target: { statistic: 'median', lessThan: 3000 },
  p99: false,
  async run() {
    const dir = benchDir();
    const backend = openBench(dir.path);
    try {
      const planId = await examplePlanId(backend);
      const WARMUP = 1;
      const SAMPLES = 5;
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        bytes = 0;
        const elapsed = await timeMs(async () => {
          for (const document of exportDocumentIds) {
            const built = unwrap<{ bytes: number }>(await backend.dispatch('exports.document', { planId, document, language: 'nl' }), 'exports.document');
            bytes += built.bytes;
          }
        });
        if (i >= WARMUP) samples.push(elapsed);
      }
      return {
        samples,
        notes: [`timed: dispatch(exports.document) for each of the ${exportDocumentIds.length} documents in turn, bytes base64-encoded as the app receives them; ${WARMUP} warm-up run left out`, `${Math.round(bytes / 1024)} kB of documents per run`],
        details: { documents: exportDocumentIds.length, kilobytes: Math.round(bytes / 1024) },
      };
    } finally {
      backend.close();
      dir.remove();
    }
  },
};

export const controleRecompute: Scenario = {
  name: 'controle: every finding and step state of the example plan',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 5 },
  p99: true,
  async run() {
    const dir = benchDir();
    const backend = openBench(dir.path);
    let plan: Plan;
    let referenceLists: ReferenceList[];
    try {
      const planId = await examplePlanId(backend);
      plan = unwrap<{ plan: Plan }>(await backend.dispatch('plans.get', { planId }), 'plans.get').plan;
      referenceLists = unwrap<ReferenceList[]>(await backend.dispatch('prices.list', {}), 'prices.list');
    } finally {
      backend.close();
      dir.remove();
    }
    const WARMUP = 50;
    const SAMPLES = 500;
    const samples: number[] = [];
    let checksum = 0;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const elapsed = await timeMs(() => {
        const findings = checkPreconditions(plan, { today: '2026-11-23', referenceLists });
        checksum += findings.length + stepStatuses(plan, findings).length;
      });
      if (i >= WARMUP) samples.push(elapsed);
    }
    return {
      samples,
      notes: ['timed: checkPreconditions (profile, policy, training, devices, prices, fees, funding rules) and stepStatuses on the example plan; 50 warm-up runs left out'],
      details: { checksum },
    };
  },
};
