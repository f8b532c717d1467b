import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findPlans } from '../project/find-plans.js';
import { RunError, isRunError } from '../errors/run-error.js';
import { loadProjectSettings } from '../workflow/project-config.js';
import { loadLintConfig, type LintConfig } from './config.js';
import type { LintLang } from './lang.js';
import { lintOne, type FileReport } from './lint-one.js';
import type { FromWorker, WorkerData } from './worker.js';

export type { FileReport };

export interface LintFilesOptions {
  cwd: string;
  configFile?: string;
  lang?: LintLang;
  /** Worker threads besides the main thread; default: one per extra core (at most 3) for 40 plans or more. */
  workers?: number;
}

/** Below this many plans a worker's start-up (about 50 ms) costs more than it saves. */
const WORKERS_FROM = 40;

/**
 * Lints the plans named by PATTERNS (files, folders, globs; none = the config's `plans`, else
 * plans/), the way build finds them. Reports come in file order. A pattern that names nothing,
 * a missing file or an unreadable config is a RunError (exit 2); problems in plans are diagnostics.
 * YAML parsing dominates the time, so many plans are shared with worker threads on other cores.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<FileReport[]> {
  const { cwd } = options;
  const lang = options.lang ?? 'en';
  const config = await loadLintConfig(cwd, options.configFile, lang);
  let targets = patterns;
  if (!targets.length) {
    const settings = await loadProjectSettings(cwd, options.configFile);
    targets = settings.plans ?? [];
  }
  let files: string[];
  try {
    files = await findPlans(targets, cwd);
  } catch (e) {
    if (isRunError(e)) throw new RunError(e.message, patterns.length ? 'Give plan files, folders or globs, e.g. studyplan lint plans/' : 'Run studyplan lint in a project with a plans/ folder, or name the plans.', e.code);
    throw e;
  }
  const jobs: Job[] = files.map((abs, index) => ({ index, abs, shown: shownPath(abs, cwd) }));
  const reports: FileReport[] = new Array(files.length);
  // The next job to take, shared with the workers: each thread claims one plan at a time with an
  // atomic add, so no thread waits for a message to get work (handing out batches by message
  // left the worker idle while the main thread finished its plan) and the load balances per plan.
  const next = new Int32Array(new SharedArrayBuffer(4));

  const workerFile = new URL('./worker.js', import.meta.url);
  const wanted = options.workers ?? (files.length >= WORKERS_FROM ? Math.min(3, availableParallelism() - 1) : 0);
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

/** One worker thread taking jobs until none is left; resolves when it has exited. */
function runWorker(file: URL, data: WorkerData, reports: FileReport[], fail: (e: unknown) => void): Promise<void> {
  return new Promise((resolve) => {
    // A worker inherits node's flags; --input-type (a script given with -e) makes it fail to start.
    const execArgv = process.execArgv.filter((f) => !f.startsWith('--input-type'));
    const worker = new Worker(file, { workerData: data, execArgv });
    worker.on('message', (msg: FromWorker) => {
      if ('report' in msg) {
        reports[msg.index] = msg.report;
      } else {
        const { runError, message, hint, code, stack } = msg.error;
        fail(runError ? new RunError(message, hint, code) : Object.assign(new Error(message), stack ? { stack } : {}));
      }
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}
