import type { Lang } from '../i18n/lang.js';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RunError } from '../errors/run-error.js';
import type { LintConfig } from './config.js';
import { lintOne, type FileReport } from './lint-one.js';
import type { FromWorker, WorkerData } from './worker.js';

export type { FileReport };

export interface LintPlanFilesOptions {
  cwd: string;
  config: LintConfig;
  lang: Lang;
  /** Worker threads besides the main thread; default: one per extra core (at most 3) for 40 plans or more, on 4 cores or more. */
  workers?: number;
  /** The worker script: default worker.js beside this module (none under a TypeScript runner, so tests name the compiled one). */
  workerFile?: URL;
}

/** Below this many plans a worker's start-up (about 50 ms) costs more than it saves. */
const WORKERS_FROM = 40;
/**
 * Below this many cores no worker by default: on 2 cores one worker gained nothing on a quiet
 * machine (300 plans 0.85–0.95 s with or without) and lost under load (1.33 → 1.61 s and 1.59 →
 * 2.23 s in `npm run bench`, 2026-12-06): YAML reading in two threads shares one memory bus and
 * the collector's work, and a busy second core is no spare core.
 */
const WORKERS_FROM_CORES = 4;

/**
 * Lints FILES (absolute paths) with the config's severities. Reports come in file order. A missing
 * file is a RunError (exit 2); problems in plans are diagnostics. YAML parsing dominates the time,
 * so many plans are shared with worker threads on other cores.
 */
export async function lintPlanFiles(files: readonly string[], options: LintPlanFilesOptions): Promise<FileReport[]> {
  const { cwd, config, lang } = options;
  const jobs: Job[] = files.map((abs, index) => ({ index, abs, shown: shownPath(abs, cwd) }));
  const reports: FileReport[] = new Array(files.length);
  // The next job to take, shared with the workers: each thread claims one plan at a time with an
  // atomic add, so no thread waits for a message to get work (handing out batches by message
  // left the worker idle while the main thread finished its plan) and the load balances per plan.
  const next = new Int32Array(new SharedArrayBuffer(4));

  const workerFile = options.workerFile ?? new URL('./worker.js', import.meta.url);
  const cores = availableParallelism();
  const wanted = options.workers ?? (files.length >= WORKERS_FROM && cores >= WORKERS_FROM_CORES ? Math.min(3, cores - 1) : 0);
  // Under a TypeScript test runner there is no compiled worker.js next to this module: no workers.
  const count = wanted > 0 && existsSync(fileURLToPath(workerFile)) ? wanted : 0;
  let failure: unknown;
  const fail = (e: unknown) => {
    failure ??= e;
    Atomics.store(next, 0, jobs.length);
  };
  const workers = Array.from({ length: count }, () => runWorker(workerFile, { lang, config, cwd, jobs, next }, reports, fail));

  // The main thread works through the same jobs meanwhile.
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = jobs[i]!;
    try {
      reports[i] = lintOne(job.abs, job.shown, lang, config, cwd);
    } catch (e) {
      fail(e);
    }
  }
  await Promise.all(workers);
  if (failure !== undefined) throw failure;
  // A worker that died (or failed to start) took jobs it never reported: they are done here, so
  // that a broken worker costs time, never reports.
  for (const job of jobs) {
    if (reports[job.index]) continue;
    reports[job.index] = lintOne(job.abs, job.shown, lang, config, cwd);
  }
  // The config's own findings (brand.color) come first, as a file of their own.
  if (config.own && config.file) return [{ file: shownPath(config.file, cwd), ...config.own }, ...reports];
  return reports;
}

function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

export type Job = { index: number; abs: string; shown: string };

/**
 * A worker with node's flags (a loader, --conditions) where it may have them. --input-type (a
 * script given with -e) and V8's or the process's own flags (`node --max-old-space-size=4096
 * bin/studyplan.js`) make the constructor throw; then it starts without any, or not at all.
 */
function startWorker(file: URL, data: WorkerData): Worker | undefined {
  for (const execArgv of [process.execArgv.filter((f) => !f.startsWith('--input-type')), []]) {
    try {
      return new Worker(file, { workerData: data, execArgv });
    } catch {
      /* the next, or none */
    }
  }
  return undefined;
}

/** One worker thread taking jobs until none is left; resolves when it has exited. */
function runWorker(file: URL, data: WorkerData, reports: FileReport[], fail: (e: unknown) => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = startWorker(file, data);
    // No worker (node was started with flags a worker may not have): the main thread does it all.
    if (!worker) return resolve();
    worker.on('message', (msg: FromWorker) => {
      if ('report' in msg) {
        reports[msg.index] = msg.report;
      } else {
        const { runError, message, code, params, stack } = msg.error;
        fail(runError && code ? new RunError(code, params) : Object.assign(new Error(message), stack ? { stack } : {}));
      }
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
