#!/usr/bin/env node
// Incremental builds: the full HTML build of the seed plans, the no-op rebuild (nothing changed:
// nothing is rewritten, no heavy module is loaded), and one edited plan, against node's bare
// start-up as the baseline. Wall time of the real CLI, node start-up included; median of N runs.
// Target: the no-op rebuild within 0.4 s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const withPdf = process.argv.includes('--pdf');
const format = withPdf ? 'html,pdf' : 'html';

const project = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-incremental-'));
cpSync(path.join(root, 'plans'), path.join(project, 'plans'), { recursive: true });

function time(args, { node = false } = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, node ? args : [bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const measure = (fn) => median(Array.from({ length: runs }, fn));

try {
  const node = measure(() => time(['-e', '0'], { node: true }));
  const full = measure(() => time(['build', '--format', format, '--force']));
  time(['build', '--format', format]);
  const noop = measure(() => time(['build', '--format', format]));
  const plan = path.join(project, 'plans/skane-hosten-2021.yaml');
  const text = readFileSync(plan, 'utf8');
  let i = 0;
  const edited = measure(() => {
    writeFileSync(plan, `${text}\n# edit ${i++}\n`);
    return time(['build', '--format', format]);
  });

  const row = (label, ms) => `${label.padEnd(44)} ${(ms / 1000).toFixed(3)} s`;
  console.log(`seed plans: 2, format ${format}, median of ${runs} runs (wall, node start-up included)`);
  console.log(row('node -e 0 (bare start-up, the baseline)', node));
  console.log(row('studyplan build --force (full build)', full));
  console.log(row('studyplan build, one plan edited', edited));
  console.log(row('studyplan build, nothing changed (no-op)', noop));
  console.log(`no-op rebuild: ${((noop / full) * 100).toFixed(0)}% of the full build, ${(noop - node).toFixed(0)} ms above node start-up; target <= 400 ms: ${noop <= 400 ? 'met' : 'NOT met'}`);
  process.exitCode = noop <= 400 ? 0 : 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
