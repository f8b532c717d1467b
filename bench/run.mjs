#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ (each compares against its own baseline in
// the same run and prints its figures). `npm run bench -- lint` runs only bench/lint.mjs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs')
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.mjs$/, '')))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n### bench/${script}`);
  const r = spawnSync(process.execPath, [`${dir}${script}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
