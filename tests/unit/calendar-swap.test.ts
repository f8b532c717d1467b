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
 * a folder outside, as fast as it can, while calendars are written (until some writes met the link and some did not): none may land
 * outside.
 * On the main before the fix calendars landed outside within the first few hundred writes.
 */
let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-calendar-swap-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const SWAPPER = `
const fs = require('node:fs');
const [dir, target] = process.argv.slice(1);
const end = Date.now() + 50000;
while (Date.now() < end) {
  // Each step forces its state, so a folder the writer re-creates cannot stall the swap.
  try { fs.rmSync(dir, { recursive: true, force: true }); fs.symlinkSync(target, dir); } catch {}
  try { fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir); } catch {}
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
  const swapper = spawn(process.execPath, ['-e', SWAPPER, dir, outside], { stdio: 'ignore' });
  let refused = 0;
  let written = 0;
  try {
    // Write until the race has been met both ways (some writes refused, some written), so the
    // test cannot pass without having run the race; a slow swapper start only means more writes.
    for (let i = 0; i < 20_000 && (refused === 0 || written === 0); i++) {
      const entry = { file: path.join(project, 'plans/plan.yaml'), outputs: {} };
      const calendars = new Map([[`plan.calendars/c${i}.ics`, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n']]);
      await writeCourseCalendars(out, entry, calendars, 'k').then(
        () => void written++,
        () => void refused++,
      );
    }
  } finally {
    swapper.kill('SIGKILL');
  }
  expect(readdirSync(outside)).toEqual([]);
  expect(refused).toBeGreaterThan(0);
  expect(written).toBeGreaterThan(0);
}, 60_000);
