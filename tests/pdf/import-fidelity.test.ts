import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { CHROMIUM } from './helpers.js';

/**
 * Issue 31: every import fixture (3 plans x 7 formats) and both seed documents, imported by
 * `studyplan import` (the bin's main, all in one process), built by the bin into PDFs by the real Chromium and measured by ../shared/verify/fidelity.py against
 * their source text: each keeps at least 98 % of its sentences. The work is
 * scripts/import-fidelity.mjs, which the lead can run alone for the table.
 */
const VERIFY = path.join(ROOT, '..', 'shared', 'verify', 'fidelity.py');
const FIXTURES = readdirSync(path.join(ROOT, 'tests/fixtures/import')).filter((f) => /\.(docx|odt|pdf|html|md|txt)$/.test(f));
const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');

test.skipIf(!existsSync(VERIFY))(
  'each imported fixture and seed, built as PDF, keeps at least 98 % of its source sentences (fidelity.py)',
  () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import-fidelity.mjs'), '--json'], { encoding: 'utf8', env: { ...process.env, CHROMIUM }, timeout: 280_000 });
    const rows = JSON.parse(r.stdout) as { name: string; percent?: number; error?: string }[];
    expect(rows.filter((row) => row.error)).toEqual([]);
    const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length : 0;
    expect(rows).toHaveLength(FIXTURES.length + seeds);
    expect(FIXTURES).toHaveLength(21);
    for (const row of rows) expect(row.percent, row.name).toBeGreaterThanOrEqual(98);
    expect(r.status).toBe(0);
  },
  300_000,
);
