#!/usr/bin/env node
// The PDF stage against its floor. Both seed plans built to HTML+PDF from scratch (--force, a
// fresh out folder: node start-up, validation, HTML, one Chromium, the contents pass, pdf-lib),
// against the floor measured in the same run: a bare puppeteer-core script that launches the same
// Chromium once and prints the same HTML files (page.pdf, A4, printBackground), node start-up
// included as well. Median of BENCH_RUNS runs, the two alternating so both see the same machine.
// Goal: <= 1.15 x the floor.
// Then scale: 10, 100 and 300 plans (copies of the seeds; BENCH_PLANS) in one build, each against
// the floor printing the same HTML files with 2 tabs in the same run: wall time, the ratio, plans
// per second, and peak memory of the node process and its Chromium processes together (PSS, which
// counts pages shared between Chromium's processes once; RSS summed for comparison), from /proc.
// Goals: 100 plans <= 1.25 x the floor, peak PSS <= 700 MB.
// BENCH_COMPARE=DIR (another checkout of studyplan, built) adds its bin as a third contender,
// alternating with the other two, to show a change's cost: before and after in one run.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const chromium = process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'];
const SIZES = (process.env.BENCH_PLANS ?? '10,100,300').split(',').map(Number);
/** Runs per size (the median is shown): BENCH_SCALE_RUNS, else 3 up to 100 plans and 1 above. */
const scaleRuns = (n) => Number(process.env.BENCH_SCALE_RUNS ?? (n <= 100 ? 3 : 1));
const compareBin = process.env.BENCH_COMPARE ? path.resolve(process.env.BENCH_COMPARE, 'bin/studyplan.js') : undefined;
if (compareBin && !existsSync(compareBin)) throw new Error(`BENCH_COMPARE: no ${compareBin}`);

if (!existsSync(chromium)) {
  console.log(`no Chromium at ${chromium}: PDF bench skipped (set PUPPETEER_EXECUTABLE_PATH)`);
  process.exit(0);
}

const project = mkdtempSync(path.join(os.tmpdir(), 'studyplan-bench-pdf-'));
const env = { ...process.env, CI: 'true', PUPPETEER_EXECUTABLE_PATH: chromium };

/**
 * The floor: what any script that prints these HTML files with puppeteer-core has to spend. One
 * launch, TABS pages at a time (a queue of files), page.pdf A4 with backgrounds.
 */
const FLOOR = `
import { launch } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [executablePath, tabs, ...files] = process.argv.slice(1);
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const browser = await launch({ executablePath, headless: true, args });
let next = 0;
await Promise.all(Array.from({ length: Number(tabs) }, async () => {
  for (let i = next++; i < files.length; i = next++) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(files[i]).href, { waitUntil: 'load' });
    writeFileSync(files[i].replace(/\\.html$/, '.floor.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
  }
}));
await browser.close();
`;
const TABS = 2;

function wall(cmd, args, cwd = project) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Peak memory of a process and all its descendants while it runs, sampled from /proc. */
async function peakMemory(cmd, args, cwd) {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = { pss: 0, rss: 0, processes: 0 };
  const started = process.hrtime.bigint();
  const sample = () => {
    const tree = descendants(child.pid);
    let pss = 0;
    let rss = 0;
    for (const pid of tree) {
      const m = memoryOf(pid);
      pss += m.pss;
      rss += m.rss;
    }
    if (pss > peak.pss) peak = { pss, rss: Math.max(rss, peak.rss), processes: Math.max(tree.length, peak.processes) };
    else if (rss > peak.rss) peak.rss = rss;
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`${args.join(' ')} failed (${code}): ${stderr}`);
  return { ms, ...peak };
}

function descendants(pid) {
  if (!existsSync('/proc/self/stat')) return [pid];
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      /* gone */
    }
  }
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

function memoryOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { pss: kb('Pss') * 1024, rss: kb('Rss') * 1024 };
  } catch {
    return { pss: 0, rss: 0 };
  }
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const floorArgs = (files) => ['--input-type=module', '-e', FLOOR, chromium, String(TABS), ...files];
/**
 * N plans (copies of the seeds under their own names) in plans-N/, and their HTML in floor-N/ for
 * the floor. BENCH_COMPARE's bin builds its own checkout's seeds (compare-plans-N/): a seed may
 * use a field that an older bin does not know.
 */
function makePlans(n) {
  const names = [];
  for (const [from, dir] of [[root, `plans-${n}`], ...(compareBin ? [[path.resolve(process.env.BENCH_COMPARE), `compare-plans-${n}`]] : [])]) {
    mkdirSync(path.join(project, dir));
    for (let i = 0; i < n; i++) {
      const seed = SEEDS[i % SEEDS.length];
      const name = n === SEEDS.length ? seed : `${seed}-${String(i).padStart(3, '0')}`;
      cpSync(path.join(from, 'plans', `${seed}.yaml`), path.join(project, dir, `${name}.yaml`));
      if (from === root) names.push(name);
    }
  }
  wall(process.execPath, [bin, 'build', `plans-${n}/`, '--out', `floor-${n}`, '--format', 'html', '--force', '--quiet']);
  return names.map((name) => path.join(project, `floor-${n}`, `${name}.html`));
}
const goal = (ratio, max) => `${ratio.toFixed(2)} x the floor; goal <= ${max}: ${ratio <= max ? 'met' : 'NOT met'}`;

try {
  let ok = true;
  // The seeds, and the HTML the floor prints: built by studyplan once, fonts beside it.
  const seedHtml = makePlans(SEEDS.length);
  // Warm the disk cache for Chromium and node_modules before timing anything.
  wall(process.execPath, floorArgs(seedHtml), root);

  const floor = [];
  const full = [];
  const other = [];
  const seedBuild = (which, out) =>
    wall(process.execPath, [which, 'build', `${which === bin ? '' : 'compare-'}plans-${SEEDS.length}/`, '--out', out, '--force', '--quiet', '--concurrency', String(TABS)]);
  for (let i = 0; i < runs; i++) {
    floor.push(wall(process.execPath, floorArgs(seedHtml), root));
    full.push(seedBuild(bin, `fresh-${i}`));
    if (compareBin) other.push(seedBuild(compareBin, `other-${i}`));
    for (const out of [`fresh-${i}`, `other-${i}`]) rmSync(path.join(project, out), { recursive: true, force: true });
  }
  const f = median(floor);
  const b = median(full);
  console.log(
    `seed plans: 2, HTML+PDF from scratch, median of ${runs} runs (wall, node start-up included), ${os.availableParallelism()} cores, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  console.log(`${'floor: bare puppeteer-core, one launch, page.pdf A4'.padEnd(56)} ${s(f)}   (runs: ${floor.map((x) => (x / 1000).toFixed(2)).join(' ')})`);
  console.log(`${'studyplan build --force (fresh out folder)'.padEnd(56)} ${s(b)}   (runs: ${full.map((x) => (x / 1000).toFixed(2)).join(' ')})`);
  if (compareBin)
    console.log(
      `${`BENCH_COMPARE ${process.env.BENCH_COMPARE}`.padEnd(56)} ${s(median(other))}   (runs: ${other.map((x) => (x / 1000).toFixed(2)).join(' ')}; ratio ${(median(other) / f).toFixed(2)})`,
    );
  console.log(`ratio: ${goal(b / f, 1.15)}`);
  ok &&= b / f <= 1.15;

  // Scale: N plans in one build against the floor printing the same N HTML files with 2 tabs.
  console.log(`\nplans in one build (HTML+PDF, --force, fresh out folder, --concurrency ${TABS}) against the floor (the same HTML, ${TABS} tabs); memory: node + Chromium processes, peak`);
  console.log(
    `${'plans'.padStart(5)} ${'floor'.padStart(9)} ${'build'.padStart(9)} ${'ratio'.padStart(6)} ${'plans/s'.padStart(8)} ${'peak PSS'.padStart(9)} ${'peak RSS sum'.padStart(13)} ${'processes'.padStart(9)} ${'runs'.padStart(5)}`,
  );
  for (const n of SIZES) {
    const html = makePlans(n);
    const floors = [];
    const builds = [];
    const others = [];
    const scaleBuild = async (which) => {
      const r = await peakMemory(
        process.execPath,
        [which, 'build', `${which === bin ? '' : 'compare-'}plans-${n}/`, '--out', `out-${n}`, '--force', '--quiet', '--concurrency', String(TABS)],
        project,
      );
      const pdfs = readdirSync(path.join(project, `out-${n}`)).filter((x) => x.endsWith('.pdf')).length;
      if (pdfs !== n) throw new Error(`${n} plans: ${pdfs} PDFs written`);
      rmSync(path.join(project, `out-${n}`), { recursive: true, force: true });
      return r;
    };
    for (let i = 0; i < scaleRuns(n); i++) {
      floors.push(wall(process.execPath, floorArgs(html), root));
      builds.push(await scaleBuild(bin));
      if (compareBin) others.push(await scaleBuild(compareBin));
    }
    const fl = median(floors);
    const r = [...builds].sort((a, c) => a.ms - c.ms)[Math.floor(builds.length / 2)];
    const peak = Math.max(...builds.map((x) => x.pss));
    const ratio = r.ms / fl;
    console.log(
      `${String(n).padStart(5)} ${s(fl).padStart(9)} ${s(r.ms).padStart(9)} ${ratio.toFixed(2).padStart(6)} ${(n / (r.ms / 1000)).toFixed(2).padStart(8)} ${mb(peak).padStart(9)} ${mb(r.rss).padStart(13)} ${String(r.processes).padStart(9)} ${String(builds.length).padStart(5)}`,
    );
    if (compareBin) {
      const o = [...others].sort((a, c) => a.ms - c.ms)[Math.floor(others.length / 2)];
      console.log(`  BENCH_COMPARE: ${s(o.ms)}, ${(o.ms / fl).toFixed(2)} x the floor, peak PSS ${mb(Math.max(...others.map((x) => x.pss)))}`);
      // Run by run, alternately: the spread is the noise a difference is read against.
      console.log(`  runs, this bin: ${builds.map((x) => (x.ms / 1000).toFixed(1)).join(' ')}; BENCH_COMPARE: ${others.map((x) => (x.ms / 1000).toFixed(1)).join(' ')}`);
    }
    if (n === 100) {
      console.log(`  100 plans: ${goal(ratio, 1.25)}; peak PSS ${mb(peak)}, goal <= 700 MB: ${peak <= 700 * 1024 * 1024 ? 'met' : 'NOT met'}`);
      ok &&= ratio <= 1.25 && peak <= 700 * 1024 * 1024;
    }
    rmSync(path.join(project, `floor-${n}`), { recursive: true, force: true });
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
