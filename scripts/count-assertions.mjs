#!/usr/bin/env node
// Counts the expect() calls the tests actually make, per vitest project:
//   npm run test:count [-- PROJECT...]   (default: default slow)
// Runs each project once with STUDYPLAN_COUNT_ASSERTIONS set (tests/helpers/count-assertions.ts
// appends one line per test) and prints "PROJECT: N tests, M assertions" (and the per-file
// figures into .count/PROJECT.json, for comparing two branches).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const projects = process.argv.slice(2).length ? process.argv.slice(2) : ['default', 'slow'];
const dir = join(root, '.count');
mkdirSync(dir, { recursive: true });
let status = 0;
for (const project of projects) {
  const lines = join(dir, `${project}.jsonl`);
  rmSync(lines, { force: true });
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STUDYPLAN_COUNT_ASSERTIONS: lines },
  });
  if (run.status !== 0) status = run.status ?? 1;
  const all = existsSync(lines)
    ? readFileSync(lines, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  // A test that skipped itself (ctx.skip()) ran its hooks but checked nothing.
  const rows = all.filter((row) => row.state !== 'skip');
  const skipped = all.length - rows.length;
  const perFile = {};
  for (const row of rows) {
    const file = relative(root, row.file);
    perFile[file] ??= { tests: 0, assertions: 0 };
    perFile[file].tests++;
    perFile[file].assertions += row.assertions;
  }
  const total = rows.reduce((sum, row) => sum + row.assertions, 0);
  const failed = rows.filter((row) => row.state === 'fail').length;
  writeFileSync(join(dir, `${project}.json`), JSON.stringify({ tests: rows.length, assertions: total, failed, perFile }, null, 2) + '\n');
  console.log(
    `${project}: ${rows.length} tests, ${total} assertions${failed ? ` (${failed} failed)` : ''}${skipped ? ` (${skipped} skipped itself)` : ''}${run.status ? `; vitest exit ${run.status}` : ''}`,
  );
}
process.exit(status);
