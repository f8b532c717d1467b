#!/usr/bin/env node
// Issue 31's proof for every import fixture: each of tests/fixtures/import/ (3 plans x 7 formats)
// and both seed documents (../shared/seeds/*.txt) imported by `studyplan import` (the compiled
// CLI's main, which the bin runs, called here once per document in this one process: 23 node
// processes cost some 20 s of start-up and loading), all built by the bin in one run into
// PDFs by the real Chromium, and ../shared/verify/fidelity.py run on the source text (NAME.txt,
// the seed and its .ignore) against each built PDF. Prints one line per document and the lowest
// figure; exit 1 when an import, the build or a figure below 98 % fails. Needs `npm run build`,
// Chromium (CHROMIUM or /usr/bin/chromium), python3 and poppler.
//   node scripts/import-fidelity.mjs [--json]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const fixtures = path.join(root, 'tests/fixtures/import');
const seeds = path.join(root, '..', 'shared', 'seeds');
const fidelityPy = path.join(root, '..', 'shared', 'verify', 'fidelity.py');
const MIN = 98;
const json = process.argv.includes('--json');

/** Each document to import: where it is, the text it must keep, the plan's name. */
function documents() {
  const docs = readdirSync(fixtures)
    .filter((f) => /\.(docx|odt|pdf|html|md|txt)$/.test(f))
    .sort()
    .map((f) => {
      const plan = f.replace(/\..*$/, '');
      return { file: path.join(fixtures, f), source: path.join(fixtures, `${plan}.txt`), name: f.replace(/\./g, '-') };
    });
  if (existsSync(seeds))
    for (const f of readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      docs.push({ file: path.join(seeds, f), source: path.join(seeds, f), name: `seed-${f.replace(/\.txt$/, '')}` });
  return docs;
}

const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', NO_COLOR: '1', PUPPETEER_EXECUTABLE_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' };

function run(cwd, args, extra = {}) {
  return spawnSync(args[0], args.slice(1), { cwd, encoding: 'utf8', env, timeout: 600_000, ...extra });
}

/** `studyplan ARGS` in CWD through the compiled CLI's main (dist/cli/main.js, what the bin runs), its output captured. */
async function studyplan(cwd, args) {
  const { main } = await import(pathToFileURL(path.join(root, 'dist/cli/main.js')).href);
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd });
  return { status, stdout, stderr };
}

const project = mkdtempSync(path.join(tmpdir(), 'studyplan-import-fidelity-'));
const rows = [];
let failed = false;
try {
  mkdirSync(path.join(project, 'plans'));
  const docs = documents();
  for (const doc of docs) {
    // The document is copied in, as a secretary's file would be in the project.
    const local = path.join(project, 'in', path.basename(doc.file));
    mkdirSync(path.dirname(local), { recursive: true });
    copyFileSync(doc.file, local);
    const r = await studyplan(project, ['import', path.relative(project, local), '--out', `plans/${doc.name}.yaml`]);
    if (r.status !== 0) {
      failed = true;
      rows.push({ name: doc.name, error: `import exit ${r.status}: ${r.stderr || r.stdout}` });
    }
  }
  const built = run(project, [process.execPath, bin, 'build', 'plans/', '--format', 'pdf']);
  if (built.status !== 0) throw new Error(`build failed (${built.status}): ${built.stderr}`);
  for (const doc of docs) {
    if (rows.some((r) => r.name === doc.name)) continue;
    const pdf = path.join(project, 'out', `${doc.name}.pdf`);
    const r = run(project, ['python3', fidelityPy, doc.source, pdf, '--min', String(MIN)]);
    const m = /fidelity: ([\d.]+)% \((\d+) of (\d+) sentences\)/.exec(r.stdout);
    if (!m || r.status !== 0) failed = true;
    rows.push(m ? { name: doc.name, percent: Number(m[1]), kept: Number(m[2]), sentences: Number(m[3]) } : { name: doc.name, error: r.stdout + r.stderr });
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

if (json) process.stdout.write(`${JSON.stringify(rows)}\n`);
else {
  for (const r of rows)
    console.log(
      r.error
        ? `${r.name.padEnd(44)} FAILED ${r.error.trim().split('\n').slice(-3).join(' | ')}`
        : `${r.name.padEnd(44)} ${r.percent.toFixed(1).padStart(5)} %  (${r.kept} of ${r.sentences} sentences)`,
    );
  const figures = rows.filter((r) => !r.error).map((r) => r.percent);
  console.log(`import fidelity: ${rows.length} documents, lowest ${figures.length ? Math.min(...figures).toFixed(1) : '-'} % (at least ${MIN} % each)${failed ? ' FAILED' : ''}`);
}
process.exitCode = failed ? 1 : 0;
