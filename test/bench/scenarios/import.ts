// The inventory import at scale: a 50,000-row Belgian CSV through inventory.importCommit
// (base64 decode, encoding and delimiter, csv-parse, mapping, every cell parsed, every line
// checked, serials, one journaled transaction, the plan state), each run on a fresh plan,
// against a bare better-sqlite3 insert of the same 50,000 rows into the same table.
import { randomUUID } from 'node:crypto';
import type { Backend } from '../../../electron/backend.ts';
import { median } from '../stats.ts';
import { benchDir, type Measurement, type Scenario } from '../scenario.ts';
import { openBench, round, unwrap } from './backend.ts';

export const IMPORT_ROWS = 50_000;
/** Target for the whole import, and its cost relative to only writing the rows. */
const TARGET_MS = 3000;
const TARGET_RATIO = 3;

const types = ['Laptop', 'Chromebook', 'iPad', 'Desktop', 'Digibord', 'Beamer', 'Access point', 'Switch'];
const models = ['Lenovo ThinkPad L14 Gen 4', 'Acer Chromebook Spin 511', 'Apple iPad 10,9"', 'HP EliteDesk 800 G9', 'Promethean ActivPanel 9 75"', 'Epson EB-W51', 'Aruba AP-515', 'Aruba 6100 48G'];
const contracts = ['Gekocht', 'Geleased', 'Refurbished', 'Onderhoudscontract'];
const uses = ['Leraren', 'Leerlingen', 'Uitleendienst', 'Klaslokaal', 'Infrastructuur'];
const statuses = ['In gebruik', 'In gebruik', 'In gebruik', 'In herstelling', 'Afgeschreven'];
const funding = ['Digisprong', 'Digiplan thema 1', 'Eigen middelen', 'Ouders'];
const suppliers = ['Signpost', 'Academia', 'Netwerkbouw Gent bv', 'Beeld & Geluid bv'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Belgian inventory export: `;`, decimal commas with thousands points, dd/mm/yyyy, CRLF. */
export function belgianInventoryCsv(rows: number): string {
  const lines = ['Type;Merk en model;Aantal;Serienummer;Aankoopdatum;Prijs;Contract;Leverancier;Gebruik;Status;Garantie tot;Levensduur;Financiering;Opmerking'];
  for (let i = 0; i < rows; i++) {
    const kind = i % types.length;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const year = 2016 + (i % 10);
    const cents = 19_900 + ((i * 7919) % 300_000);
    const price = `${Math.floor(cents / 100).toLocaleString('nl-BE')},${pad(cents % 100)}`;
    const model = models[kind]!.includes('"') ? `"${models[kind]!.replace(/"/g, '""')}"` : models[kind]!;
    lines.push(
      [
        types[kind],
        model,
        1 + (i % 3 === 0 ? i % 30 : 0),
        `SN${pad(i, 8)}`,
        `${pad(day)}/${pad(month)}/${year}`,
        price,
        contracts[i % contracts.length],
        suppliers[i % suppliers.length],
        uses[i % uses.length],
        statuses[i % statuses.length],
        i % 4 === 0 ? '' : `${pad(day)}/${pad(month)}/${year + 4}`,
        i % 5 === 0 ? '' : 4 + (i % 5),
        funding[i % funding.length],
        i % 7 === 0 ? `Lokaal B${i % 40}` : '',
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface ImportRun {
  importMs: number[];
  bareMs: number[];
  bytes: number;
  undoBytes: number;
}

let measured: Promise<ImportRun> | undefined;

async function newPlan(backend: Backend, i: number): Promise<string> {
  return unwrap<{ id: string }>(await backend.dispatch('plans.create', { schoolName: `Benchmark ${i}` }), 'plans.create').id;
}

/** Both numbers from one run, interleaved so machine noise hits them alike. */
function measure(): Promise<ImportRun> {
  measured ??= (async () => {
    const dir = benchDir();
    const backend = openBench(dir.path);
    try {
      const text = belgianInventoryCsv(IMPORT_ROWS);
      const file = { fileName: 'inventaris.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') };
      const db = backend.store.db;
      const WARMUP = 1;
      const RUNS = 5;
      const importMs: number[] = [];
      const bareMs: number[] = [];
      let undoBytes = 0;
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const planId = await newPlan(backend, i);
        const start = performance.now();
        const result = await backend.dispatch('inventory.importCommit', { planId, file, options: {} });
        const elapsed = performance.now() - start;
        const { affected } = unwrap<{ affected: number }>(result, 'inventory.importCommit');
        if (affected !== IMPORT_ROWS) throw new Error(`imported ${affected} of ${IMPORT_ROWS} rows`);
        undoBytes = (db.prepare('SELECT length(changes) AS n FROM undo_entries WHERE scope = ? ORDER BY id DESC LIMIT 1').get(planId) as { n: number }).n;

        // The same rows, written the plainest way: one prepared INSERT in one transaction.
        const rows = db.prepare('SELECT * FROM inventory WHERE plan_id = ? ORDER BY position').raw().all(planId) as unknown[][];
        const columns = (db.prepare('SELECT * FROM inventory LIMIT 1').columns() as { name: string }[]).map((c) => c.name);
        const planColumn = columns.indexOf('plan_id');
        const idColumn = columns.indexOf('id');
        const barePlan = await newPlan(backend, 1000 + i);
        const values = rows.map((row) => row.map((value, c) => (c === planColumn ? barePlan : c === idColumn ? randomUUID() : value)));
        const insert = db.prepare(`INSERT INTO inventory (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        const bareStart = performance.now();
        db.transaction(() => {
          for (const row of values) insert.run(...row);
        })();
        const bareElapsed = performance.now() - bareStart;
        if (i >= WARMUP) {
          importMs.push(elapsed);
          bareMs.push(bareElapsed);
        }
      }
      return { importMs, bareMs, bytes: Buffer.byteLength(text), undoBytes };
    } finally {
      backend.close();
      dir.remove();
    }
  })();
  return measured;
}

function ratioOf(run: ImportRun): number {
  return median(run.importMs) / median(run.bareMs);
}

export const importCommit: Scenario = {
  name: `inventory import of ${IMPORT_ROWS.toLocaleString('en')} CSV rows (importCommit, fresh plan)`,
  unit: 'ms',
  target: { statistic: 'median', lessThan: TARGET_MS },
  p99: false,
  async run(): Promise<Measurement> {
    const run = await measure();
    const ratio = ratioOf(run);
    return {
      samples: run.importMs,
      notes: [
        `timed: dispatch(inventory.importCommit) with a ${(run.bytes / 1024 / 1024).toFixed(1)} MB Belgian CSV as base64: decode, encoding and delimiter detection, csv-parse, header mapping, every cell parsed, every line checked, serials, one journaled transaction (undo entry ${(run.undoBytes / 1024 / 1024).toFixed(1)} MB) and the plan state; a fresh plan each run, 1 warm-up run left out`,
        `bare better-sqlite3 insert of the same rows (one prepared INSERT, one transaction, same table): median ${median(run.bareMs).toFixed(0)} ms`,
        `ratio import / bare insert: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
      ],
      details: {
        rows: IMPORT_ROWS,
        csvBytes: run.bytes,
        undoEntryBytes: run.undoBytes,
        bareInsertMedianMs: round(median(run.bareMs)),
        ratio: round(ratio),
        ratioTarget: TARGET_RATIO,
        ratioMet: ratio <= TARGET_RATIO,
      },
    };
  },
};

export const importBareInsert: Scenario = {
  name: `bare insert of the same ${IMPORT_ROWS.toLocaleString('en')} rows (reference for the import)`,
  unit: 'ms',
  target: { statistic: 'median', lessThan: Number.POSITIVE_INFINITY },
  p99: false,
  async run(): Promise<Measurement> {
    const run = await measure();
    return {
      samples: run.bareMs,
      notes: ['timed: one prepared INSERT per row in one better-sqlite3 transaction into the inventory table, rows already in memory; reported only, as the yardstick for the import'],
    };
  },
};
