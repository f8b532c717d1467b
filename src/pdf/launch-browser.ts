import { rm } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { RunError } from '../errors/run-error.js';

type Launch = typeof import('puppeteer-core').launch;

/**
 * Flags for a closed network and for containers: nothing phones home (the machine refuses it, and
 * every refused connection costs time), no GPU, /dev/shm may be tiny.
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  // Nothing in a booklet comes from the network. Request interception stops requests, but not
  // connections opened ahead of them (<link rel=preconnect>, the predictor): resolve no host at all.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser (kills it if it does not answer) and removes its profile. */
  close(): Promise<void>;
}

/** puppeteer-core, loaded only when a PDF is asked for, so lint and HTML builds never touch it. */
export async function loadPuppeteer(): Promise<Launch> {
  try {
    return (await import('puppeteer-core')).launch;
  } catch (e) {
    throw new RunError(
      `The PDF stage needs puppeteer-core, which could not be loaded (${(e as Error).message.split('\n')[0]}).`,
      'Reinstall studyplan (npm install), or build HTML only with --format html.',
      'pdf/no-puppeteer',
    );
  }
}

export async function launchBrowser(executablePath: string, timeoutMs: number): Promise<LaunchedBrowser> {
  const launch = await loadPuppeteer();
  // One folder for the profile and for Chromium's own temp files (shared memory lives there with
  // --disable-dev-shm-usage), so that even a browser killed mid-print leaves nothing behind.
  // Names are short: Chromium puts a Unix socket in its TMPDIR, and those paths stop at 107 bytes.
  // Made synchronously, up to installing the exit hook below: Ctrl-C cannot come in between.
  const root = mkdtempSync(path.join(os.tmpdir(), 'studyplan-chromium-'));
  const userDataDir = path.join(root, 'p');
  const tmp = path.join(root, 't');
  mkdirSync(tmp);
  const env = process.platform === 'linux' ? { ...process.env, TMPDIR: tmp } : process.env;
  const args = [...CHROMIUM_FLAGS];
  // Chromium's sandbox refuses to start as root (CI containers); elsewhere keep it.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  // Should the process exit before close() (Ctrl-C: the build command exits at once), take the
  // browser and its files along: puppeteer starts Chromium in its own process group, out of reach
  // of the terminal. Installed before the launch, as Ctrl-C may come while Chromium starts.
  let proc: ChildProcess | null | undefined;
  const onExit = (): void => {
    // While Chromium starts, puppeteer has not handed over its process yet: find it by its profile.
    const running = proc?.pid !== undefined && proc.exitCode === null && proc.signalCode === null;
    const pids = running && proc?.pid ? [proc.pid] : proc === undefined ? browserPids(userDataDir) : [];
    for (const pid of pids) killGroup(pid);
    removeWhenGone(root, pids);
  };
  process.once('exit', onExit);
  let browser: Browser;
  try {
    browser = await launch({
      executablePath,
      headless: true,
      userDataDir,
      args,
      env,
      timeout: timeoutMs,
      protocolTimeout: Math.max(timeoutMs, 180_000),
      // The build owns Ctrl-C: it exits, and the hook above closes the browser and removes its files.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      defaultViewport: null,
    });
  } catch (e) {
    process.removeListener('exit', onExit);
    await rm(root, { recursive: true, force: true }).catch(() => undefined);
    const first = ((e as Error).message ?? String(e)).split('\n')[0]?.trim();
    throw new RunError(`Could not start the browser ${executablePath}: ${first}`, 'Check that it runs (`chromium --version`), or name another one with --chrome PATH.', 'pdf/launch');
  }
  proc = browser.process();
  let closed: Promise<void> | undefined;
  return {
    browser,
    close: () =>
      (closed ??= closeBrowser(browser, root).finally(() => {
        process.removeListener('exit', onExit);
      })),
  };
}

async function closeBrowser(browser: Browser, root: string): Promise<void> {
  const proc = browser.process();
  if (proc && proc.exitCode === null && proc.signalCode === null && proc.pid !== undefined) {
    // The profile is thrown away, so Chromium's orderly shutdown (a tenth of a second, more on
    // a busy machine) buys nothing: kill it with its helpers, as puppeteer does when that fails.
    const exited = new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      setTimeout(resolve, 2_000).unref();
    });
    killGroup(proc.pid);
    await exited;
    await browser.disconnect().catch(() => undefined);
  } else {
    // Not started by us (or gone already): ask it to close, but not for ever.
    await Promise.race([browser.close().catch(() => undefined), delay(5_000)]);
  }
  // Chromium may still be flushing its profile for a moment after exit.
  await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
}

/**
 * For the exit hook, which cannot wait: removes the browser's folder once its processes are gone
 * (a process killed a moment ago may still be writing its profile), then once more, in case a
 * process not found (a browser still starting, on a system without /proc) wrote into it meanwhile.
 */
function removeWhenGone(root: string, pids: readonly number[]): void {
  const until = Date.now() + 2_000;
  while (pids.some(isRunning) && Date.now() < until) sleepSync(20);
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  sleepSync(pids.length ? 50 : 300);
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}

function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
}

/** Linux: the processes started with this profile folder (a browser and its helpers). */
function browserPids(userDataDir: string): number[] {
  if (process.platform !== 'linux') return [];
  const flag = `--user-data-dir=${userDataDir}\0`;
  const pids: number[] = [];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(flag)) pids.push(Number(entry));
      } catch {
        /* ended meanwhile, or not ours to read */
      }
    }
  } catch {
    /* no /proc */
  }
  return pids;
}

function isRunning(pid: number): boolean {
  if (process.platform === 'linux') {
    try {
      // A killed child stays a zombie until Node reaps it, which it cannot do while exiting.
      return !/^\d+ \(.*\) [ZX] /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
