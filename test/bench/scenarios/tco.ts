// The contract comparison the screen recomputes on every render: compareOptions over five
// options (one per contract form) for 150 devices over 8 years. One call per sample, so
// the median is what a render pays; the mean of a tight loop is reported beside it,
// because a single call is close to the timer's resolution.
import { compareOptions, defaultOption, tcoKinds, type TcoComparison } from '../../../shared/devices/tco.ts';
import { timeMs, type Scenario } from '../scenario.ts';

function comparison(): TcoComparison {
  return {
    id: 'bench',
    title: 'Leerlingenlaptops (benchmark)',
    quantity: 150,
    years: 8,
    options: tcoKinds.map((kind) => defaultOption(`option-${kind}`, kind)),
    chosenOptionId: null,
    motivation: '',
  };
}

export const tcoCompare: Scenario = {
  name: 'compareOptions: 5 options over 8 years',
  unit: 'ms',
  target: { statistic: 'median', lessThan: 1 },
  p99: true,
  async run() {
    const tco = comparison();
    const WARMUP = 500;
    const SAMPLES = 5_000;
    const samples: number[] = [];
    let checksum = 0;
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      // A changed figure each time, as typing a price would give, so nothing is cached.
      tco.options[0]!.purchaseCents = 50_000 + (i % 1000);
      const elapsed = await timeMs(() => {
        checksum += compareOptions(tco)[0]!.result.fleetTotal;
      });
      if (i >= WARMUP) samples.push(elapsed);
    }
    const LOOP = 20_000;
    const start = performance.now();
    for (let i = 0; i < LOOP; i++) checksum += compareOptions(tco).length;
    const meanUs = ((performance.now() - start) / LOOP) * 1000;
    return {
      samples,
      notes: [
        `timed: one compareOptions call (5 options: buy, lease, refurbished, minimum lifetime, maintenance; 150 devices; 8 years) per sample, ${WARMUP} warm-up calls left out`,
        `a tight loop of ${LOOP} calls averages ${meanUs.toFixed(2)} µs per call; a single sample is near the timer's resolution`,
      ],
      details: { options: tco.options.length, years: tco.years, quantity: tco.quantity, loopMeanMicroseconds: Math.round(meanUs * 100) / 100, checksum },
    };
  },
};
