import type { Lang } from '../i18n/lang.js';
import { parentPort, workerData } from 'node:worker_threads';
import { isRunError } from '../errors/run-error.js';
import type { ErrorCode, ErrorParams } from '../i18n/index.js';
import type { LintConfig } from './config.js';
import type { Job } from './lint-files.js';
import { lintOne } from './lint-one.js';

/**
 * A lint worker: claims the next job from the counter it shares with the main thread (see
 * lint-files.ts) until none is left, and posts each report; after an error no thread takes more.
 */
export interface WorkerData {
  lang: Lang;
  config: LintConfig;
  cwd: string;
  jobs: Job[];
  /** The index of the next job to take, claimed with Atomics.add. */
  next: Int32Array;
}
export type FromWorker =
  { index: number; report: import('./lint-one.js').FileReport } | { index: number; error: { runError: boolean; message: string; code?: ErrorCode; params?: ErrorParams; stack?: string } };

const { lang, config, cwd, jobs, next } = workerData as WorkerData;
const port = parentPort!;

for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
  const { index, abs, shown } = jobs[i]!;
  try {
    port.postMessage({ index, report: lintOne(abs, shown, lang, config, cwd) } satisfies FromWorker);
  } catch (e) {
    const error = isRunError(e)
      ? { runError: true, message: e.message, code: e.code, params: e.params }
      : { runError: false, message: (e as Error).message ?? String(e), ...((e as Error).stack ? { stack: (e as Error).stack } : {}) };
    port.postMessage({ index, error } satisfies FromWorker);
    Atomics.store(next, 0, jobs.length);
  }
}
