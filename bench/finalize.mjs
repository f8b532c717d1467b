#!/usr/bin/env node
// The PDF's finishing (metadata, XMP, content id, soft hyphens out of the text layer) has two
// writers in src/pdf/finalize-pdf.ts: object by object (Chromium's own files: only the catalog,
// Info, outline and XMP written anew) and pdf-lib's whole document (any other file). The first
// exists for speed; this measures it against the second, the baseline, on the seeds' PDFs as a
// build prints them (median of N runs, in-process). Issue 26: kept because it is faster.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 9);
const dist = (f) => pathToFileURL(path.join(root, 'dist', f)).href;
const { finalizePdf } = await import(dist('pdf/finalize-pdf.js'));
const { PDFDocument } = await import(dist('pdf/pdf-lib.js'));

const out = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-finalize-'));
try {
  const built = spawnSync(process.execPath, [path.join(root, 'bin/studyplan.js'), 'build', 'plans/', '--out', out, '--format', 'pdf', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const meta = { title: 'Studieplan', author: 'Distriktet', lang: 'sv', date: new Date(Date.UTC(2021, 7, 1)) };
  const median = async (fn) => {
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      await fn();
      xs.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return xs.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  console.log(`finishing a printed PDF, median of ${runs} runs`);
  for (const name of ['norrbotten-2011-2014', 'skane-hosten-2021']) {
    const bytes = new Uint8Array(readFileSync(path.join(out, `${name}.pdf`)));
    const whole = await median(async () => finalizePdf(await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity }), meta));
    const objects = await median(() => finalizePdf(bytes, meta));
    console.log(
      `${name.padEnd(22)} ${(bytes.length / 1024).toFixed(0).padStart(4)} kB  pdf-lib whole (baseline) ${whole.toFixed(1).padStart(6)} ms  object by object ${objects.toFixed(1).padStart(6)} ms  (${(whole / objects).toFixed(1)}x)`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
