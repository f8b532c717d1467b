import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findPlans } from '../build/find-plans.js';
import { RunError, isRunError } from '../errors/run-error.js';
import { loadProjectSettings } from '../workflow/project-config.js';
import { loadLintConfig, type LintConfig } from './config.js';
import type { LintLang } from './lang.js';
import { lintOne, type FileReport } from './lint-one.js';
import type { FromWorker, ToWorker } from './worker.js';

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
/** Plans handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 4;

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
  const jobs = files.map((abs, index) => ({ index, abs, shown: shownPath(abs, cwd) }));
  const reports: FileReport[] = new Array(files.length);
  const queue = [...jobs];

  const workerFile = new URL('./worker.js', import.meta.url);
  const wanted = options.workers ?? (files.length >= WORKERS_FROM ? Math.min(3, availableParallelism() - 1) : 0);
  // Under a TypeScript test runner there is no compiled worker.js next to this module: no workers.
  const count = wanted > 0 && existsSync(fileURLToPath(workerFile)) ? wanted : 0;
  let failure: unknown;
  const workers = Array.from({ length: count }, () => runWorker(workerFile, { lang, config, cwd }, queue, reports, (e) => (failure ??= e)));

  // The main thread works through the same queue meanwhile, yielding after each plan so that
  // worker messages (asking for the next batch) are answered.
  while (queue.length && failure === undefined) {
    const job = queue.shift()!;
    try {
      reports[job.index] = lintOne(job.abs, job.shown, lang, config, cwd);
    } catch (e) {
      failure ??= e;
    }
    if (count) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  if (failure !== undefined) throw failure;
  return reports;
}

function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

type Job = { index: number; abs: string; shown: string };

/**
 * One worker thread taking batches from the shared queue until it is empty. If the worker fails
 * to start or dies, its unfinished jobs go back to the queue (or are done here), so a broken
 * worker costs time, never reports.
 */
function runWorker(file: URL, data: { lang: LintLang; config: LintConfig; cwd: string }, queue: Job[], reports: FileReport[], fail: (e: unknown) => void): Promise<void> {
  return new Promise((resolve) => {
    // A worker inherits node's flags; --input-type (a script given with -e) makes it fail to start.
    const execArgv = process.execArgv.filter((f) => !f.startsWith('--input-type'));
    const worker = new Worker(file, { workerData: data, execArgv });
    let pending: Job[] = [];
    let settled = false;
    const finish = async () => {
      if (settled) return;
      settled = true;
      // Whatever the worker still held is done here, in order not to lose it.
      for (const job of pending.filter((j) => !reports[j.index])) {
        try {
          reports[job.index] = lintOne(job.abs, job.shown, data.lang, data.config, data.cwd);
        } catch (e) {
          fail(e);
        }
      }
      resolve();
    };
    worker.on('message', (msg: FromWorker) => {
      if ('ready' in msg) {
        pending = queue.splice(0, BATCH);
        worker.postMessage((pending.length ? { batch: pending } : { done: true }) satisfies ToWorker);
      } else if ('report' in msg) {
        reports[msg.index] = msg.report;
      } else {
        const { runError, message, hint, code, stack } = msg.error;
        const error = runError ? new RunError(message, hint, code) : Object.assign(new Error(message), stack ? { stack } : {});
        fail(error);
        queue.length = 0;
      }
    });
    worker.on('error', () => void finish());
    worker.on('exit', () => void finish());
  });
}
