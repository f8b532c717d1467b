import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { lintPlanFiles } from '../../src/lint/lint-files.js';
import { lintOne } from '../../src/lint/lint-one.js';
import type { FromWorker, WorkerData } from '../../src/lint/worker.js';
import { ROOT } from '../helpers/cli.js';

// Worker-thread linting in this process: the worker (src/lint/worker.ts, compiled to dist/ by the
// test run's global setup; a worker thread cannot load TypeScript) on plans of a scratch folder.
const WORKER = pathToFileURL(path.join(ROOT, 'dist/lint/worker.js'));
const HEAD = 'title: T\npublisher:\n  name: P\nperiod:\n  year: 2022\n';
const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-worker-'));
mkdirSync(path.join(dir, 'plans'));
const files = Array.from({ length: 12 }, (_, i) => {
  const file = path.join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`);
  writeFileSync(file, i % 3 === 0 ? `${HEAD}titel: X\n` : i % 3 === 1 ? `${HEAD}contacts:\n  - name: N\n` : HEAD);
  return file;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = { rules: {}, overrides: [] };
const inline = () => files.map((f) => lintOne(f, path.relative(dir, f), 'en', config, dir));

/** Runs the worker alone on JOBS until it exits; its messages in the order it posted them. */
function runWorker(jobs: WorkerData['jobs']): Promise<FromWorker[]> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const data: WorkerData = { lang: 'en', config, cwd: dir, jobs, next };
  return new Promise((resolve, reject) => {
    const got: FromWorker[] = [];
    const worker = new Worker(WORKER, { workerData: data });
    worker.on('message', (m: FromWorker) => got.push(m));
    worker.on('error', reject);
    worker.on('exit', () => resolve(got));
  });
}

describe('lint worker threads', () => {
  test('a worker alone takes every job from the shared counter and reports what the main thread would', async () => {
    const jobs = files.map((abs, index) => ({ index, abs, shown: path.relative(dir, abs) }));
    const got = await runWorker(jobs);
    expect(got.map((m) => m.index)).toEqual(jobs.map((j) => j.index));
    expect(got.map((m) => ('report' in m ? m.report : m.error))).toEqual(inline());
    expect(inline().flatMap((r) => r.diagnostics.map((d) => d.ruleId))).toContain('schema/unknown-key');
  });

  test('a plan that cannot be read comes back as an error, and the worker takes no more jobs', async () => {
    const missing = path.join(dir, 'plans', 'missing.yaml');
    const jobs = [missing, ...files].map((abs, index) => ({ index, abs, shown: path.relative(dir, abs) }));
    const got = await runWorker(jobs);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ index: 0, error: { runError: true } });
  });

  test('the pool: two workers and the main thread give the reports of one thread, in file order', async () => {
    const shared = await lintPlanFiles(files, { cwd: dir, config, lang: 'en', workers: 2, workerFile: WORKER });
    expect(shared).toEqual(inline());
    const alone = await lintPlanFiles(files, { cwd: dir, config, lang: 'en', workers: 0 });
    expect(alone).toEqual(shared);
  });

  test('a worker that cannot start costs time, never reports: the main thread does its jobs', async () => {
    const broken = pathToFileURL(path.join(dir, 'broken-worker.mjs'));
    writeFileSync(broken, 'throw new Error("broken");\n');
    expect(await lintPlanFiles(files, { cwd: dir, config, lang: 'en', workers: 2, workerFile: broken })).toEqual(inline());
  });

  test('node started with a flag a worker may not have (V8 flags): the workers start without it, the reports are the same', async () => {
    // `node --max-semi-space-size=64 bin/studyplan.js lint` threw "invalid execArgv flags" (a bug report).
    process.execArgv.push('--max-semi-space-size=64');
    try {
      expect(await lintPlanFiles(files, { cwd: dir, config, lang: 'en', workers: 2, workerFile: WORKER })).toEqual(inline());
    } finally {
      process.execArgv.pop();
    }
  });
});
