import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrinter } from '../../src/pdf/index.js';
import { build, type BuildProgress } from '../../src/pipeline/build.js';
import { startWatch } from '../../src/watch/watch.js';
import { CHROMIUM, tempDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = ['norrbotten-2011-2014', 'skane-hosten-2021'];

/**
 * One browser for many builds: build({ printer }) prints with the caller's browser and leaves it
 * open, and `watch` keeps one for its whole life. A --chrome wrapper counts Chromium's starts.
 */
describe('one browser for many builds', () => {
  let dir: string;
  let chrome: string;
  let starts: string;
  const launches = (): number => (existsSync(starts) ? readFileSync(starts, 'utf8').split('\n').filter(Boolean).length : 0);

  beforeAll(async () => {
    dir = await tempDir('studyplan-shared-printer-');
    starts = path.join(dir, 'starts.log');
    chrome = path.join(dir, 'chromium.sh');
    writeFileSync(chrome, `#!/bin/sh\necho start >> '${starts}'\nexec '${CHROMIUM}' "$@"\n`);
    chmodSync(chrome, 0o755);
    mkdirSync(path.join(dir, 'plans'));
    for (const s of SEEDS) cpSync(path.join(ROOT, 'plans', `${s}.yaml`), path.join(dir, 'plans', `${s}.yaml`));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('build({ printer }) prints with the given browser, and it stays open for the next build', async () => {
    const printer = startPrinter({ chrome, concurrency: 2 });
    try {
      const events: BuildProgress[] = [];
      const first = await build(['plans'], { cwd: dir, out: 'one', printer, onProgress: (e) => events.push(e) });
      expect(first.plans.map((p) => p.outputs.map((o) => path.basename(o)))).toEqual(SEEDS.map((s) => [`${s}.html`, `${s}.pdf`]));
      expect(events.filter((e) => e.stage === 'pdf').length).toBe(2);
      const second = await build(['plans'], { cwd: dir, out: 'two', printer, booklet: true });
      expect(second.plans.every((p) => p.outputs.length === 3 && !p.error)).toBe(true);
      expect(readFileSync(path.join(dir, 'one', `${SEEDS[1]}.pdf`)).equals(readFileSync(path.join(dir, 'two', `${SEEDS[1]}.pdf`)))).toBe(true);
      expect(launches()).toBe(1);
    } finally {
      await printer.close();
    }
  });

  it('watch starts one browser for its life: a save prints with the same one', async () => {
    const before = launches();
    const built: number[] = [];
    const watcher = await startWatch({
      settings: async () => ({ paths: ['plans'], options: { cwd: dir, out: 'watched', chrome, concurrency: 2, formats: ['html', 'pdf'] } }),
      onEvent: (e) => {
        if (e.type === 'built') built.push(e.result.plans.filter((p) => p.outputs.some((o) => o.endsWith('.pdf'))).length);
      },
      debounceMs: 20,
    });
    try {
      const plan = path.join(dir, 'plans', `${SEEDS[0]}.yaml`);
      for (const n of [1, 2]) {
        writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: (.*)$/m, `title: $1 (ändrad ${n})`));
        await new Promise((r) => setTimeout(r, 300));
        await watcher.idle();
      }
      expect(built[0]).toBe(2);
      expect(built.slice(1)).toEqual([1, 1]);
      expect(readFileSync(path.join(dir, 'watched', `${SEEDS[0]}.html`), 'utf8')).toContain('(ändrad 2)');
      expect(launches() - before).toBe(1);
    } finally {
      await watcher.close();
    }
  });
});
