import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { words } from '../../src/i18n/index.js';
import { renameOver } from '../../src/output/locked-output.js';
import { writeFileAtomic } from '../../src/output/write-atomic.js';

// A PDF open in a viewer on Windows cannot be replaced: the rename onto it fails (EBUSY, EPERM).
// Simulated here by a rename that fails for the files in `held`, as Windows' would.
const held = new Set<string>();
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const rename = async (from: string, to: string): Promise<void> => {
    if (held.has(path.basename(to))) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
    return fs.rename(from, to);
  };
  return { ...fs, rename, default: { ...fs, rename } };
});

const errno = (code: string) => Object.assign(new Error(code), { code });
const fast = { retryDelaysMs: [1, 1] };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-locked-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an output held open by another program', () => {
  test('is named with what to do, and the old file and no temporary file are left', async () => {
    const file = path.join(dir, 'skåne hösten.pdf');
    writeFileSync(file, 'old PDF');
    const rename = async () => Promise.reject(errno('EBUSY'));
    const e = await writeFileAtomic(file, 'new PDF', { ...fast, rename }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('io/locked');
    expect((e as RunError).message).toBe('skåne hösten.pdf is open in another program: close skåne hösten.pdf in your PDF viewer and build again.');
    expect(readFileSync(file, 'utf8')).toBe('old PDF');
    expect(readdirSync(dir)).toEqual(['skåne hösten.pdf']);
  });

  test('EPERM and EACCES mean a held file on Windows, a permission problem elsewhere', async () => {
    for (const code of ['EPERM', 'EACCES']) {
      const rename = async () => Promise.reject(errno(code));
      await expect(renameOver(rename, 'a', 'C:\\Users\\Åsa Öberg\\Studieplaner\\out\\plan.pdf', { ...fast, platform: 'win32' })).rejects.toMatchObject({
        code: 'io/locked',
        message: 'plan.pdf is open in another program: close plan.pdf in your PDF viewer and build again.',
      });
      await expect(renameOver(rename, 'a', '/home/åsa/out/plan.pdf', { ...fast, platform: 'linux' })).rejects.toMatchObject({ code });
    }
  });

  test('a file held only for a moment (a virus scanner) is written after a retry', async () => {
    let tries = 0;
    const rename = async () => {
      if (++tries < 3) throw errno('EPERM');
    };
    await renameOver(rename, 'a', 'C:\\out\\plan.pdf', { ...fast, platform: 'win32' });
    expect(tries).toBe(3);
  });

  test('is a value the command layer says in Swedish and Norwegian', async () => {
    const rename = async () => Promise.reject(errno('EBUSY'));
    const e = (await renameOver(rename, 'a', '/o/plan.pdf', fast).catch((err: unknown) => err)) as RunError;
    expect(e.params).toEqual({ name: 'plan.pdf' });
    expect(e.describe('sv').message).toContain('stäng plan.pdf i din PDF-läsare och bygg igen');
    expect(e.describe('nb').message).toContain('lukk plan.pdf i PDF-leseren din og bygg på nytt');
  });

  test('build: the held PDF fails with exit 2 and that line; every other output is written', async () => {
    const fixtures = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, 'plans'), { recursive: true });
    mkdirSync(path.join(project, 'out'));
    for (const f of ['minimal.yaml', 'calendar.yaml']) copyFileSync(path.join(fixtures, f), path.join(project, 'plans', f));
    writeFileSync(path.join(project, 'out', 'minimal.pdf'), 'old PDF');
    // An earlier build's folder: studyplan marked it as its own (a folder of others' files is refused).
    writeFileSync(path.join(project, 'out', '.studyplan-out'), '');
    held.add('minimal.pdf');
    // Fresh modules, so the build's own writes go through the mocked rename even when another
    // test file in this worker loaded them first (the default project does not isolate files).
    vi.resetModules();
    const { main } = await import('../../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), isTTY: false, env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, cwd: project };
    try {
      expect(await main(['build', '--chrome', '/usr/bin/chromium', '--quiet'], io)).toBe(2);
    } finally {
      held.clear();
    }
    expect(stdout).toMatch(/^Built 2 plans into out\/ .*; 1 plan was built only in part \(see above\)$/m);
    expect(stdout).not.toContain('has errors');
    expect(stderr).toContain(words('en').errors['io/locked']({ name: 'minimal.pdf' })[0]); // in the run's language (the locale's here)
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(readFileSync(path.join(project, 'out', 'minimal.pdf'), 'utf8')).toBe('old PDF');
    for (const f of ['minimal.html', 'calendar.html', 'calendar.pdf', 'index.html']) expect(existsSync(path.join(project, 'out', f)), f).toBe(true);
    expect(
      readFileSync(path.join(project, 'out', 'calendar.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(readdirSync(path.join(project, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
