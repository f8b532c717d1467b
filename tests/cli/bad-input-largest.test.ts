import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { type Case, checkCase, manyKeys } from '../helpers/bad-input.js';

/**
 * The largest case of the bad-input table (tests/helpers/bad-input-table.ts): a plan of the largest
 * size allowed (1 MB) that is nothing but unknown keys, 100 000 findings, through the real
 * `lint` and `build` with a 256 MB heap. In the slow project: it costs about 12 s; the default
 * project has the same case with 20 000 keys.
 */
const LARGEST: Case = {
  name: '100 000 unknown keys (1 MB)',
  file: 'many-keys.yaml',
  make: (target) => writeFileSync(target, manyKeys(100_000, 1024 * 1024)),
  lint: 1,
  build: 1,
  says: /unknown key|k0/i,
  at: '6:1',
};

let project: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-bad-input-largest-'));
  mkdirSync(path.join(project, 'plans'));
  LARGEST.make(path.join(project, 'plans', LARGEST.file));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe.each(['lint', 'build'] as const)('studyplan %s on the largest bad input', (command) => {
  test(
    LARGEST.name,
    () => {
      console.log(`bad input (command, case, exit, seconds, peak MB): ${checkCase(project, command, LARGEST)}`);
    },
    60_000,
  );
});
