// One worker of the validation pool (pool.ts): checks the files it is handed, one at a time.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './pool.ts';

parentPort?.on('message', ({ index, path }: { index: number; path: string }) => {
  parentPort?.postMessage({ index, report: checkFile(path) });
});
