#!/usr/bin/env node
// Writes tests/durations.json, each test file's seconds in a vitest JSON report, which the tests'
// sequencer (tests/helpers/longest-first.ts) reads to start the longest files first. Refresh it
// from a full run after adding or much changing a slow file:
//   npx vitest run --project default --project slow --reporter=json --outputFile.json=/tmp/r.json
//   node scripts/test-durations.mjs /tmp/r.json
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = process.argv[2];
if (!report) {
  console.error('usage: node scripts/test-durations.mjs REPORT.json');
  process.exit(2);
}
const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
const rows = testResults.map((t) => [path.relative(root, t.name).split(path.sep).join('/'), Math.round((t.endTime - t.startTime) / 100) / 10]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(path.join(root, 'tests/durations.json'), `${JSON.stringify(Object.fromEntries(rows), null, 2)}\n`);
console.log(`tests/durations.json: ${rows.length} files, ${rows.reduce((s, r) => s + r[1], 0).toFixed(0)} s in all`);
