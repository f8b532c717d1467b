#!/usr/bin/env node
// Publishing (src/publish): what the calendars, the JSON-LD and the open data add to a build.
// In-process, per plan: rendering the page alone (the baseline) against publishPlan + rendering
// the page with its JSON-LD and calendar links, for the seeds and the dated fixtures; then the
// real CLI: `build --format html` against `build --format html,json`, both --force, same plans.
// Median of N runs. Needs dist/ (npm run build).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 7);
const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
const { loadPlan } = await dist('plan/load.js');
const { renderHtml } = await dist('render/render-html.js');
const { loadTemplate } = await dist('render/template-loader.js');
const { publishPlan } = await dist('publish/index.js');

const files = [
  'plans/norrbotten-2011-2014.yaml',
  'plans/skane-hosten-2021.yaml',
  'tests/fixtures/valid/dated-course.yaml',
  'tests/fixtures/valid/calendar.yaml',
  'tests/fixtures/valid/published.yaml',
];
const template = await loadTemplate('booklet', root);
const plans = await Promise.all(files.map(async (f) => ({ name: path.basename(f, '.yaml'), plan: (await loadPlan(path.join(root, f))).data })));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const REPEAT = 20;
const page = () =>
  ms(() => {
    for (let i = 0; i < REPEAT; i++) for (const p of plans) renderHtml(p.plan, { template });
  });
const published = () =>
  ms(() => {
    for (let i = 0; i < REPEAT; i++)
      for (const p of plans) renderHtml(p.plan, { template, published: publishPlan(p.plan, { name: p.name, template, json: true, baseUrl: 'https://example.se/planer/' }) });
  });
page();
published();
const base = median(Array.from({ length: runs }, page)) / (REPEAT * plans.length);
const withPublishing = median(Array.from({ length: runs }, published)) / (REPEAT * plans.length);

const project = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-publish-'));
mkdirSync(path.join(project, 'plans'));
for (const f of files) cpSync(path.join(root, f), path.join(project, 'plans', path.basename(f)));
const cli = (format) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'bin/studyplan.js'), 'build', '--format', format, '--force', '--quiet'], { cwd: project, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
try {
  const html = median(Array.from({ length: runs }, () => cli('html')));
  const json = median(Array.from({ length: runs }, () => cli('html,json')));
  console.log(`plans: ${plans.length} (2 seeds, 3 dated fixtures), median of ${runs} runs`);
  console.log(`${'page alone (renderHtml, the baseline)'.padEnd(52)} ${base.toFixed(2)} ms per plan`);
  console.log(`${'page + calendars + JSON-LD + open data'.padEnd(52)} ${withPublishing.toFixed(2)} ms per plan (+${(withPublishing - base).toFixed(2)} ms, ${(withPublishing / base).toFixed(2)} x)`);
  console.log(`${'CLI build --format html --force (writes .ics too)'.padEnd(52)} ${(html / 1000).toFixed(3)} s`);
  console.log(`${'CLI build --format html,json --force'.padEnd(52)} ${(json / 1000).toFixed(3)} s (${(json / html).toFixed(2)} x)`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
