import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { printPdfs, type PdfJob } from '../../src/pdf/index.js';
import { CHROMIUM, makeSite, PDF_META } from './helpers.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';

/** Failure paths. Fake executables stand in for broken browsers; no test here claims a PDF works. */
describe('printPdfs when things go wrong', () => {
  let dir: string;
  let tmp: string;
  let booklet: string;
  const savedTmp = process.env['TMPDIR'];

  beforeAll(async () => {
    dir = await mkdtemp('/tmp/spt-'); // short: Chromium's socket path under TMPDIR must fit 107 bytes
    // The browser profile goes to os.tmpdir(): point it at a folder of our own to see it cleaned up.
    tmp = path.join(dir, 'tmp');
    await import('node:fs/promises').then((fs) => fs.mkdir(tmp));
    process.env['TMPDIR'] = tmp;
    booklet = await makeSite(path.join(dir, 'site'));
    await makeSite(path.join(dir, 'site'), 'hang.html');
    // The page's stylesheet is a named pipe nobody writes to: its load never ends (no script needed).
    execFileSync('mkfifo', [path.join(dir, 'site', 'stall.css')]);
  });
  afterAll(async () => {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
    await rm(dir, { recursive: true, force: true });
  });

  const job = (name: string, file = booklet): PdfJob => ({ name, htmlFile: file, meta: PDF_META, pageSize: 'A4', page: FALLBACK_PAGE, assetRoots: [path.dirname(file)] });
  const fake = async (name: string, script: string): Promise<string> => {
    const file = path.join(dir, name);
    await writeFile(file, `#!/bin/sh\n${script}\n`);
    await chmod(file, 0o755);
    return file;
  };
  const rejection = (p: Promise<unknown>): Promise<unknown> =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('throws a one-line RunError when the named browser does not exist', async () => {
    const e = await rejection(printPdfs([job('a')], { env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent', LANG: 'en_US.UTF-8' } }));
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).toMatch(/^The browser given by PUPPETEER_EXECUTABLE_PATH does not exist or cannot be run: \/nonexistent$/);
  });

  it('throws a RunError when the browser exits at once', async () => {
    const broken = await fake('exits', 'echo "cannot open display" >&2; exit 1');
    const e = await rejection(printPdfs([job('a')], { chrome: broken }));
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).toContain(`Could not start the browser ${broken}`);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('throws a RunError when the browser hangs at start, and kills it', async () => {
    const pidFile = path.join(dir, 'hung.pid');
    const hung = await fake('hangs', `echo $$ > ${pidFile}; exec sleep 600`);
    const e = await rejection(printPdfs([job('a')], { chrome: hung, launchTimeoutMs: 1500 }));
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).toMatch(/Could not start the browser .*hangs: .*(Timed out|timeout)/i);
    // A browser that never answered is killed (with its process group) when the launch gives up.
    const pid = Number(await readFile(pidFile, 'utf8'));
    const alive = (): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('fails only the plan whose page hangs; the others print', async () => {
    const results = await printPdfs([job('hangs', path.join(dir, 'site', 'hang.html')), job('fine')], { chrome: CHROMIUM, concurrency: 1, printTimeoutMs: 8000 });
    expect(results.map((r) => [r.name, r.ok, r.error])).toEqual([
      ['hangs', false, { code: 'pdf/timeout', params: { seconds: '8' } }],
      ['fine', true, undefined],
    ]);
    expect(results[1]?.bytes?.length).toBeGreaterThan(10_000);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('fails the plan a crashed browser held, and prints the rest with a new browser', async () => {
    const pidFile = path.join(dir, 'crash.pid');
    const wrapper = await fake('chromium-wrapper', `echo $$ > ${pidFile}; exec ${CHROMIUM} "$@"`);
    let killed = false;
    const results = await printPdfs([job('first'), job('second'), job('third')], {
      chrome: wrapper,
      concurrency: 1,
      onProgress: (name, step) => {
        if (name === 'first' && step === 'printing' && !killed) {
          killed = true;
          // At once, before the print is asked for: a kill that waited for a read could land after
          // the PDF was made, and the plan would not be the one the crash held.
          process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
        }
      },
    });
    expect(killed).toBe(true);
    expect(results.map((r) => [r.name, r.ok, r.error])).toEqual([
      ['first', false, { code: 'pdf/crashed', params: {} }],
      ['second', true, undefined],
      ['third', true, undefined],
    ]);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('stops on abort (Ctrl-C): the jobs not done fail as cancelled and nothing is left in the temp folder', async () => {
    const controller = new AbortController();
    const results = await printPdfs([job('a'), job('b')], {
      chrome: CHROMIUM,
      concurrency: 1,
      signal: controller.signal,
      onProgress: (name, step) => {
        if (name === 'a' && step === 'loading') controller.abort();
      },
    });
    expect(results.map((r) => [r.ok, r.error])).toEqual([
      [false, { code: 'pdf/cancelled', params: {} }],
      [false, { code: 'pdf/cancelled', params: {} }],
    ]);
    expect(await readdir(tmp)).toEqual([]);
  });
});
