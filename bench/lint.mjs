#!/usr/bin/env node
// Lint of 300 plans in one process: `studyplan lint DIR --format json` (the real CLI, node
// start-up included) against node's bare start-up as the baseline, median of N runs. The plans
// are copies and variants of the two seeds (titles, ids and years changed, so no two are the same
// text). Also lintFiles() alone in a fresh process, with and without worker threads.
// Target (issue 3): within 1.0 s wall on 2 cores.
// BENCH_COMPARE=DIR (another checkout of studyplan, built): its `lint` is timed too, alternating
// run by run with this one's, to show a change's cost in one run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const COUNT = 300;
const TARGET_MS = 1000;

const project = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-lint-'));
const plans = path.join(project, 'plans');
mkdirSync(plans);
const seeds = ['norrbotten-2011-2014', 'skane-hosten-2021'].map((n) => readFileSync(path.join(root, 'plans', `${n}.yaml`), 'utf8'));
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  // A variant: another title and year, every id suffixed (prerequisites keep pointing at them).
  const text = seeds[i % 2]
    .replace(/^title: (.*)$/m, `title: $1 (variant ${i})`)
    .replace(/\b(id|courses): ([a-z0-9-]+)$/gm, `$1: $2-v${i}`)
    .replace(/^(\s+- )([a-z0-9-]+)$/gm, (m, dash, id) => (m.includes(':') ? m : `${dash}${id}-v${i}`));
  writeFileSync(path.join(plans, `plan-${String(i).padStart(3, '0')}.yaml`), text);
  bytes += Buffer.byteLength(text);
}

function time(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const measure = (args) => median(Array.from({ length: runs }, () => time(args).ms));
/** Medians of two commands timed alternately, so both see the same machine. */
function alternate(a, b) {
  const [as, bs] = [[], []];
  for (let i = 0; i < runs; i++) {
    as.push(time(a).ms);
    bs.push(time(b).ms);
  }
  return [median(as), median(bs)];
}
const compareBin = process.env.BENCH_COMPARE ? path.resolve(process.env.BENCH_COMPARE, 'bin/studyplan.js') : undefined;

try {
  const lintModule = pathToFileURL(path.join(root, 'dist/project/lint-files.js')).href;
  if (!existsSync(fileURLToPath(lintModule))) throw new Error('dist/ is missing: run npm run build first');
  const hasCommand = existsSync(path.join(root, 'dist/cli/commands/lint.js'));
  const apiScript = (workers) =>
    `const { lintFiles } = await import(${JSON.stringify(lintModule)}); const r = await lintFiles(['plans'], { cwd: process.cwd()${workers === undefined ? '' : `, workers: ${workers}`} }); if (r.length !== ${COUNT}) process.exit(3);`;

  const first = hasCommand ? time([bin, 'lint', 'plans', '--format', 'json']) : undefined;
  const found = first ? JSON.parse(first.stdout) : [];
  const node = measure(['-e', '0']);
  const lintArgs = (which) => [which, 'lint', 'plans', '--format', 'json'];
  const [cli, other] = !hasCommand ? [] : compareBin ? alternate(lintArgs(bin), lintArgs(compareBin)) : [measure(lintArgs(bin))];
  const api = measure(['--input-type=module', '-e', apiScript(undefined)]);
  const apiSingle = measure(['--input-type=module', '-e', apiScript(0)]);

  const row = (label, ms) => `${label.padEnd(58)} ${(ms / 1000).toFixed(3)} s`;
  console.log(`${COUNT} plans (variants of the 2 seeds, ${(bytes / 1024 / 1024).toFixed(1)} MB of YAML), ${availableParallelism()} cores, median of ${runs} runs (wall, node start-up included)`);
  console.log(row('node -e 0 (bare start-up, the baseline)', node));
  if (cli !== undefined) console.log(row('studyplan lint plans --format json', cli));
  if (other !== undefined) console.log(row(`the same, BENCH_COMPARE's bin`, other));
  console.log(row('lintFiles() in a fresh node (workers: default)', api));
  console.log(row('lintFiles() in a fresh node (no worker threads)', apiSingle));
  if (first) console.log(`findings: ${Array.isArray(found) ? found.length : '?'} diagnostics over ${COUNT} plans`);
  const measured = cli ?? api;
  console.log(
    `lint of ${COUNT} plans: ${(measured / 1000).toFixed(3)} s, ${(measured - node).toFixed(0)} ms above node start-up; target <= ${TARGET_MS} ms: ${measured <= TARGET_MS ? 'met' : 'NOT met'}`,
  );
  process.exitCode = measured <= TARGET_MS ? 0 : 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
