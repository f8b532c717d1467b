import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Browser, computeExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { findBrowser } from '../../src/pdf/index.js';
import { tempDir } from './helpers.js';

describe('findBrowser', () => {
  let dir: string;
  let fake: string;
  let other: string;
  // An env with no PUPPETEER_EXECUTABLE_PATH and an empty puppeteer cache.
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await tempDir();
    fake = path.join(dir, 'bin', 'chromium');
    other = path.join(dir, 'bin', 'google-chrome');
    await mkdir(path.join(dir, 'bin'));
    for (const f of [fake, other]) {
      await writeFile(f, '#!/bin/sh\nexit 0\n');
      await chmod(f, 0o755);
    }
    await writeFile(path.join(dir, 'bin', 'not-executable'), '');
    env = { HOME: dir, PUPPETEER_CACHE_DIR: path.join(dir, 'cache'), LANG: 'en_US.UTF-8' };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const fails = async (p: Promise<string>): Promise<RunError> => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(RunError);
    return e as RunError;
  };

  it('takes an explicit --chrome first, before the environment and the system', async () => {
    expect(await findBrowser({ chrome: fake, env: { ...env, PUPPETEER_EXECUTABLE_PATH: other }, systemPaths: [other] })).toBe(fake);
  });

  it('refuses an explicit path that does not exist, instead of falling back', async () => {
    const e = await fails(findBrowser({ chrome: path.join(dir, 'nope'), env, systemPaths: [fake] }));
    expect(e.message).toContain('--chrome');
    expect(e.message).toContain(path.join(dir, 'nope'));
    expect(e.message).not.toContain('\n');
    await fails(findBrowser({ chrome: path.join(dir, 'bin', 'not-executable'), env, systemPaths: [fake] }));
  });

  it('takes PUPPETEER_EXECUTABLE_PATH next, and refuses it when it does not exist', async () => {
    expect(await findBrowser({ env: { ...env, PUPPETEER_EXECUTABLE_PATH: other }, systemPaths: [fake] })).toBe(other);
    const e = await fails(findBrowser({ env: { ...env, PUPPETEER_EXECUTABLE_PATH: '/nonexistent' }, systemPaths: [fake] }));
    expect(e.message).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(e.message).toContain('/nonexistent');
  });

  it('then the first system location that exists', async () => {
    expect(await findBrowser({ env, systemPaths: [path.join(dir, 'missing'), path.join(dir, 'bin', 'not-executable'), other, fake] })).toBe(other);
  });

  it('then a browser in puppeteer’s cache', async () => {
    const cacheDir = path.join(dir, 'pcache');
    // The cache's layout is per platform: @puppeteer/browsers says where this platform's build goes.
    const platform = detectBrowserPlatform();
    expect(platform, 'a platform puppeteer knows').toBeDefined();
    const exe = computeExecutablePath({ cacheDir, browser: Browser.CHROME, buildId: '131.0.6778.204', platform });
    await mkdir(path.dirname(exe), { recursive: true });
    await writeFile(exe, '#!/bin/sh\nexit 0\n');
    await chmod(exe, 0o755);
    expect(await findBrowser({ env: { ...env, PUPPETEER_CACHE_DIR: cacheDir }, systemPaths: [] })).toBe(exe);
  });

  it('says in one line how to get a browser when there is none, and the line that gets one here', async () => {
    const e = await fails(findBrowser({ env, systemPaths: [path.join(dir, 'missing')] }));
    expect(e.message).toBe('No Chrome, Edge, Chromium or Brave found. Install one, or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.');
    expect(e.hint).toContain('apt-get install chromium');
    expect(e.code).toBe('pdf/no-browser');
  });
});
