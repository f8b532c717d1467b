import { parentPort, workerData } from 'node:worker_threads';
import { isRunError } from '../errors/run-error.js';
import type { LintConfig } from './config.js';
import type { LintLang } from './lang.js';
import { lintOne } from './lint-one.js';

/** A lint worker: checks the plans the main thread hands it, a batch at a time (see lint-files.ts). */
export type ToWorker = { batch: { index: number; abs: string; shown: string }[] } | { done: true };
export type FromWorker =
  | { ready: true }
  | { index: number; report: import('./lint-one.js').FileReport }
  | { index: number; error: { runError: boolean; message: string; hint?: string; code?: string; stack?: string } };

const { lang, config, cwd } = workerData as { lang: LintLang; config: LintConfig; cwd: string };
const port = parentPort!;

port.on('message', (msg: ToWorker) => {
  if ('done' in msg) {
    port.close();
    return;
  }
  for (const { index, abs, shown } of msg.batch) {
    try {
      port.postMessage({ index, report: lintOne(abs, shown, lang, config, cwd) } satisfies FromWorker);
    } catch (e) {
      const error = isRunError(e)
        ? { runError: true, message: e.message, ...(e.hint ? { hint: e.hint } : {}), code: e.code }
        : { runError: false, message: (e as Error).message ?? String(e), ...((e as Error).stack ? { stack: (e as Error).stack } : {}) };
      port.postMessage({ index, error } satisfies FromWorker);
    }
  }
  port.postMessage({ ready: true } satisfies FromWorker);
});
port.postMessage({ ready: true } satisfies FromWorker);
