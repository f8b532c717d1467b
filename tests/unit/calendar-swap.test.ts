import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { prepareOutDir } from '../../src/output/out-dir.js';
import { writeCourseCalendars } from '../../src/publish/outputs.js';

/**
 * Issue 28: the course calendars' folder was checked (realpath inside out/) and then written by
 * path, so a folder swapped for a symlink between the check and the write let the calendars land
 * outside out/. Here another process swaps out/plan.calendars between a real folder and a link to
 * a folder outside, as fast as it can, while 400 calendars are written: none may land outside.
 * On the main before the fix calendars landed outside within the first few hundred writes.
 */
let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-calendar-swap-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const SWAPPER = `
const fs = require('node:fs');
const [dir, aside, target] = process.argv.slice(1);
const end = Date.now() + 20000;
while (Date.now() < end) {
  try { fs.renameSync(dir, aside); fs.symlinkSync(target, dir); } catch {}
  try { fs.unlinkSync(dir); fs.renameSync(aside, dir); } catch {}
}`;

test('a calendar folder swapped for a symlink while writing: nothing lands outside out/', async () => {
  const project = path.join(base, 'project');
  const out = path.join(project, 'out');
  const outside = path.join(base, 'outside');
  mkdirSync(project);
  mkdirSync(outside);
  await prepareOutDir(out, { cwd: project, planFiles: [], templateDir: path.join(project, 'template') });
  const dir = path.join(out, 'plan.calendars');
  mkdirSync(dir);
  const swapper = spawn(process.execPath, ['-e', SWAPPER, dir, path.join(out, 'aside'), outside], { stdio: 'ignore' });
  let refused = 0;
  try {
    for (let i = 0; i < 400; i++) {
      const entry = { file: path.join(project, 'plans/plan.yaml'), outputs: {} };
      await writeCourseCalendars(out, entry, new Map([[`plan.calendars/c${i}.ics`, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n']]), 'k').catch(() => void refused++);
    }
  } finally {
    swapper.kill('SIGKILL');
  }
  expect(readdirSync(outside)).toEqual([]);
  // The race was run: some writes met the link and were refused, some were written.
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThan(400);
}, 60_000);
