// Validates many bundle files on all cores: a school group checks its schools, the knowledge
// centre thousands. Each file is read and checked in a worker thread; what comes back is the
// report without the plan itself (the CLI and the roll-up need the verdict and the figures).
// A handful of files is checked in this thread: starting workers would cost more than it saves.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BundleReport } from '../../shared/bundle/schema.ts';
import { readBundle } from './read.ts';

/** A report as the pool hands it back: the verdict, problems, manifest and key figures. */
export type FileReport = Omit<BundleReport, 'document'> & { path: string };

export interface ValidateOptions {
  /** Worker threads; the machine's cores by default. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

const INLINE_BELOW = 8;

export function checkFile(path: string): FileReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      path,
      fileName: basename(path),
      status: 'unreadable',
      problems: [{ kind: 'container', file: null, messageKey: 'bundle.cannotRead', params: { reason: (error as NodeJS.ErrnoException).code ?? String(error) } }],
      manifest: null,
      summary: null,
    };
  }
  const { document: _document, ...report } = readBundle(basename(path), bytes);
  return { path, ...report };
}

export async function validateFiles(paths: readonly string[], options: ValidateOptions = {}): Promise<FileReport[]> {
  const total = paths.length;
  const concurrency = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), total));
  if (concurrency === 1 || total < INLINE_BELOW) {
    return paths.map((path, index) => {
      const report = checkFile(path);
      options.onProgress?.(index + 1, total);
      return report;
    });
  }

  const results: FileReport[] = new Array<FileReport>(total);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: concurrency }, () => new Worker(new URL('./validate-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= total) {
                resolve();
                return;
              }
              const index = next++;
              worker.postMessage({ index, path: paths[index] });
            };
            worker.on('message', ({ index, report }: { index: number; report: FileReport }) => {
              results[index] = report;
              done++;
              options.onProgress?.(done, total);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`bundle worker stopped with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
