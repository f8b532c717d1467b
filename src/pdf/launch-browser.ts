/* eslint-disable max-lines -- starting, connecting to and killing one Chromium process group: the steps share the child process, its profile folder and its pids */
import { rm } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import type { Browser, ConnectionTransport } from 'puppeteer-core';
import { RunError } from '../errors/run-error.js';
import { checkBrowserVersion } from './browser-version.js';
import { nameOf } from './find-browser.js';

type Connect = typeof import('puppeteer-core').connect;

/**
 * Flags for a closed network and for containers: nothing phones home (the machine refuses it, and
 * every refused connection costs time), no GPU, /dev/shm may be tiny.
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  // No GPU to drive: the compositor's thread runs inside the browser process instead of a process
  // of its own, one process fewer to start (pages open ~0.05 s sooner on two cores).
  '--in-process-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-features=Translate,MediaRouter,OptimizationHints,BackForwardCache',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  // Nothing in a booklet comes from the network. Request interception stops requests, but not
  // connections opened ahead of them (<link rel=preconnect>, the predictor): resolve no host at all.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // No DNS prefetching either, and every connection the network stack makes goes to a proxy that
  // is not there (the discard port), loopback included (<-loopback>): an IP literal is not
  // resolved, so the resolver rule alone lets 127.0.0.1 through.
  '--dns-prefetch-disable',
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  // WebRTC sends UDP itself (STUN, TURN, ICE), past the proxy and the request guard: with this
  // policy it may use only proxied TCP, which goes nowhere. Page script is off while printing
  // (print-job.ts); this holds should it ever run.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser (kills it if it does not answer) and removes its profile. */
  close(): Promise<void>;
}

// Typed as a plain string so that TypeScript does not resolve the entry's own declarations, whose
// types are a second copy of the main entry's and do not match them.
const CONNECT_ONLY: string = 'puppeteer-core/internal/puppeteer-core-browser.js';

/**
 * puppeteer-core's connect(), loaded only when a PDF is asked for, so lint and HTML builds never
 * touch it. From the package's entry without the launcher (puppeteer-core-browser.js: the same
 * modules, the same connect), since studyplan starts Chromium itself: the main entry also loads
 * @puppeteer/browsers with semver and proxy-agent, ~0.08 s of the thread that renders the first
 * plan while the browser starts. An upgrade that moves it falls back to the main entry.
 */
export async function loadPuppeteer(): Promise<Connect> {
  try {
    return await import(CONNECT_ONLY).then((m: { connect: Connect }) => m.connect).catch(async () => (await import('puppeteer-core')).connect);
  } catch (e) {
    throw new RunError('pdf/no-puppeteer', { detail: (e as Error).message.split('\n')[0] });
  }
}

/**
 * What puppeteer-core's launch() passes Chromium for a headless browser it controls (24.x:
 * ChromeLauncher.defaultArgs; the PDF-relevant ones: tagged PDFs, the outline, the sRGB colour
 * profile), with its --disable-features and ours merged into one flag, as launch() merges them.
 * Chromium is started here rather than by launch() so that it starts while puppeteer-core loads;
 * tests/pdf/launch-args.test.ts checks this copy against puppeteer.defaultArgs(), so an upgrade that
 * changes them fails a test rather than the PDFs.
 */
const PUPPETEER_FLAGS = [
  '--allow-pre-commit-input',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
];
const PUPPETEER_DISABLED_FEATURES = ['Translate', 'AcceptCHFrame', 'MediaRouter', 'OptimizationHints', 'WebUIReloadButton', 'ProcessPerSiteUpToMainFrameThreshold', 'IsolateSandboxedIframes'];

/** The command line: puppeteer's flags, ours, one --disable-features with both lists. */
export function chromiumArgs(userDataDir: string, asRoot: boolean): string[] {
  const ours = CHROMIUM_FLAGS.filter((f) => !f.startsWith('--disable-features='));
  const disabled = new Set([...PUPPETEER_DISABLED_FEATURES, ...CHROMIUM_FLAGS.filter((f) => f.startsWith('--disable-features=')).flatMap((f) => f.slice('--disable-features='.length).split(','))]);
  const args = [...PUPPETEER_FLAGS, ...ours, `--disable-features=${[...disabled].join(',')}`, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe'];
  // Chromium's sandbox refuses to start as root (CI containers); elsewhere keep it.
  if (asRoot) args.push('--no-sandbox');
  return [...args, 'about:blank'];
}

export async function launchBrowser(executablePath: string, timeoutMs: number): Promise<LaunchedBrowser> {
  // puppeteer-core takes about as long to load as Chromium to start: both at once.
  const puppeteer = loadPuppeteer();
  puppeteer.catch(() => undefined); // awaited below
  // One folder for the profile and for Chromium's own temp files (shared memory lives there with
  // --disable-dev-shm-usage), so that even a browser killed mid-print leaves nothing behind.
  // Names are short: Chromium puts a Unix socket in its TMPDIR, and those paths stop at 107 bytes.
  // Made synchronously, up to installing the exit hook below: Ctrl-C cannot come in between.
  const root = mkdtempSync(path.join(os.tmpdir(), 'studyplan-chromium-'));
  const userDataDir = path.join(root, 'p');
  const tmp = path.join(root, 't');
  mkdirSync(tmp);
  const env = process.platform === 'linux' ? { ...process.env, TMPDIR: tmp } : process.env;
  // Should the process exit before close() (Ctrl-C: the build command exits at once), take the
  // browser and its files along: Chromium runs in its own process group, out of reach of the
  // terminal. Installed before the start, as Ctrl-C may come while Chromium starts.
  let proc: ChildProcess | undefined;
  const onExit = (): void => {
    const running = proc?.pid !== undefined && proc.exitCode === null && proc.signalCode === null;
    const pids = running && proc?.pid ? [proc.pid] : proc === undefined ? browserPids(userDataDir) : [];
    for (const pid of pids) killGroup(pid);
    removeWhenGone(root, pids);
  };
  process.once('exit', onExit);
  let browser: Browser;
  try {
    const started = spawn(executablePath, chromiumArgs(userDataDir, typeof process.getuid === 'function' && process.getuid() === 0), {
      env,
      // Its own process group, so that killing it takes its helpers along (as puppeteer starts it).
      detached: process.platform !== 'win32',
      // The DevTools protocol over fds 3 and 4 (--remote-debugging-pipe): no port for other local users to reach.
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    proc = started;
    browser = await connectWithin(started, puppeteer, timeoutMs);
    // One round trip: a browser too old for the outline and tags is refused before it prints.
    checkBrowserVersion(await browser.version(), nameOf(executablePath));
  } catch (e) {
    process.removeListener('exit', onExit);
    if (proc?.pid !== undefined && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((resolve) => {
        proc?.once('exit', () => resolve());
        setTimeout(resolve, 2_000).unref();
      });
      killGroup(proc.pid);
      await exited;
    }
    await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    if (e instanceof RunError) throw e;
    const first = ((e as Error).message ?? String(e)).split('\n')[0]?.trim();
    throw new RunError('pdf/launch', {
      browser: executablePath,
      detail: first,
    });
  }
  const running = proc;
  let closed: Promise<void> | undefined;
  return {
    browser,
    close: () =>
      (closed ??= closeBrowser(browser, running, root).finally(() => {
        process.removeListener('exit', onExit);
      })),
  };
}

/** puppeteer connected to the started Chromium over its pipe; fails when Chromium exits first or does not answer in time. */
async function connectWithin(proc: ChildProcess, puppeteer: Promise<Connect>, timeoutMs: number): Promise<Browser> {
  let stderr = '';
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (d: string) => {
    if (stderr.length < 8192) stderr += d;
  });
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    proc.once('error', (e) => reject(new Error(`Failed to launch the browser process: ${e.message}`)));
    proc.once('exit', (code, signal) => {
      const said = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
      reject(new Error(`Failed to launch the browser process: it exited (${signal ?? `code ${code}`})${said ? `: ${said}` : ''}`));
    });
    timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms while waiting for the browser to answer`)), timeoutMs);
  });
  try {
    const connect = await Promise.race([puppeteer, failed]);
    const transport = new PipeTransport(proc.stdio[3] as Writable, proc.stdio[4] as Readable);
    return await Promise.race([connect({ transport, defaultViewport: null, protocolTimeout: Math.max(timeoutMs, 180_000) }), failed]).catch(async (e: unknown) => {
      // The pipe can close ("Target closed") just before the exit is seen: the exit's error says what the browser printed.
      const exited = await Promise.race([failed.catch((x: unknown) => x), new Promise((done) => setTimeout(done, 500, undefined))]);
      throw exited instanceof Error && /exited/.test(exited.message) ? exited : e;
    });
  } finally {
    clearTimeout(timer);
    failed.catch(() => undefined);
  }
}

/** The DevTools protocol over Chromium's pipe: JSON messages ended by a NUL byte (as puppeteer's own, internal, PipeTransport). */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly write: Writable,
    read: Readable,
  ) {
    read.on('data', (chunk: Buffer) => this.receive(chunk));
    read.on('close', () => this.onclose?.());
    read.on('error', () => undefined);
    write.on('error', () => undefined);
  }

  send(message: string): void {
    if (this.closed) return;
    this.write.write(`${message}\0`);
  }

  close(): void {
    this.closed = true;
  }

  private receive(chunk: Buffer): void {
    if (chunk.indexOf(0) === -1) {
      this.pending.push(chunk);
      return;
    }
    const all = Buffer.concat([...this.pending, chunk]);
    let start = 0;
    for (let end = all.indexOf(0); end !== -1; end = all.indexOf(0, start)) {
      const message = all.toString('utf8', start, end);
      // As puppeteer's transport: each message in its own task, so a handler's work does not hold up the next.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
    }
    this.pending = start < all.length ? [all.subarray(start)] : [];
  }
}

async function closeBrowser(browser: Browser, proc: ChildProcess, root: string): Promise<void> {
  if (proc.exitCode === null && proc.signalCode === null && proc.pid !== undefined) {
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
    // Gone already (crashed, killed): only the connection is left.
    await browser.disconnect().catch(() => undefined);
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
