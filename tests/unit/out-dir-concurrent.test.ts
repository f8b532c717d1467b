import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { prepareOutDir } from '../../src/output/out-dir.js';

/**
 * Two builds started at the same moment into a new out/: the first is writing the folder's marker
 * (`..studyplan-out.PID.RANDOM.tmp`) when the second looks in. That folder is studyplan's, not
 * someone else's site (faults.test's concurrent builds refused it now and then with io/out-foreign).
 */
let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-out-concurrent-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const context = () => ({ cwd: base, planFiles: [], planNames: ['plan'], templateDir: path.join(base, 'template') });

test('a folder holding only a build-in-progress temporary file is prepared, not refused', async () => {
  const out = path.join(base, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, '..studyplan-out.4242.0a1b2c3d.tmp'), 'This folder holds what studyplan builds');
  await prepareOutDir(out, context());
  expect(existsSync(path.join(out, '.studyplan-out'))).toBe(true);
});

test('a temporary file beside someone else’s files does not make the folder studyplan’s', async () => {
  const out = path.join(base, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, '..studyplan-out.4242.0a1b2c3d.tmp'), 'x');
  writeFileSync(path.join(out, 'kontakt.html'), '<p>Vår sida</p>');
  await expect(prepareOutDir(out, context())).rejects.toMatchObject({ code: 'io/out-foreign' });
});
