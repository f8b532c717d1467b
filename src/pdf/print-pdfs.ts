import os from 'node:os';
import type { Page } from 'puppeteer-core';
import { RunError } from '../errors/run-error.js';
import type { Failure } from '../i18n/index.js';
import { findBrowser } from './find-browser.js';
import { launchBrowser, type LaunchedBrowser } from './launch-browser.js';
import { Slots } from './slots.js';
import type { PdfJob, PdfResult, PrintOptions } from './types.js';

const LAUNCH_TIMEOUT_MS = 30_000;
const PRINT_TIMEOUT_MS = 60_000;
/** A job not printed because the build was stopped (Ctrl-C). */
const CANCELLED: Failure = { code: 'pdf/cancelled', params: {} };
/**
 * A page is printed with this many times, then closed and a new one opened: its renderer grows
 * by some 10 MB a plan (100 plans peaked at 787 MB PSS printed in two pages), while opening a
 * page for every plan cost about a third of a plan's print. Collecting the renderer's garbage
 * instead kept the memory but made 100 plans half again as slow.
 */
const PRINTS_PER_PAGE = 5;
const printedWith = new WeakMap<Page, number>();
/** A browser that died mid-build is started again for the plans still waiting, this often. */
const MAX_RELAUNCHES = 2;

/** One running browser; `dead` settles (rejects) when it disconnects: crashed, killed or closed. */
interface Session {
  launched: LaunchedBrowser;
  dead: Promise<never>;
  isDead: boolean;
  /** Blank pages opened while the caller still renders: a browser's first pages are slow to open. */
  spare: Page[];
  warming: Promise<void>;
}

/** A browser being started, ready to print jobs; see startPrinter. */
export interface Printer {
  /** One result per job, in job order. Throws a RunError only when nothing can print at all. */
  print(jobs: PdfJob[]): Promise<PdfResult[]>;
  /** Closes the browser (every browser it started); safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Prints every job with ONE browser, `concurrency` pages at a time, and returns one result per
 * job in job order. A job that fails (timeout, a crash of the browser while it printed) fails
 * alone with a message; jobs still waiting get a fresh browser. Throws a RunError only when
 * nothing can print at all: no browser, or it would not start.
 */
export async function printPdfs(jobs: PdfJob[], options: PrintOptions = {}): Promise<PdfResult[]> {
  if (jobs.length === 0) return [];
  if (options.signal?.aborted) return jobs.map((j) => ({ name: j.name, ok: false, error: CANCELLED }));
  const printer = startPrinter(options);
  try {
    return await printer.print(jobs);
  } finally {
    await printer.close();
  }
}

/**
 * Starts finding and launching the browser now and returns at once, so that the browser starts
 * while the caller still checks and renders its plans (a launch takes about as long); `print`
 * waits for it. A browser that cannot be found or started is reported by `print`, not here.
 */
export function startPrinter(options: PrintOptions = {}): Printer {
  const launchTimeout = options.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS;
  const printTimeout = options.printTimeoutMs ?? PRINT_TIMEOUT_MS;
  const progress = options.onProgress ?? (() => undefined);
  const signal = options.signal;
  const sessions: Session[] = [];
  let closing = false;
  const wantedPages = Math.floor(options.concurrency ?? Number.NaN);
  const warmPages = Math.min(4, Number.isFinite(wantedPages) && wantedPages > 0 ? wantedPages : os.availableParallelism());

  const start = async (executable: string): Promise<Session> => {
    const launched = await launchBrowser(executable, launchTimeout);
    const session: Session = { launched, isDead: false, dead: undefined as unknown as Promise<never>, spare: [], warming: Promise.resolve() };
    session.dead = new Promise<never>((_, reject) => {
      launched.browser.once('disconnected', () => {
        session.isDead = true;
        reject(new Error('the browser quit while printing (crashed or was killed)'));
      });
    });
    session.dead.catch(() => undefined);
    sessions.push(session);
    // close() came while this browser started: it is not wanted any more.
    if (closing) void launched.close();
    else {
      // The tab Chromium opens at start is one of them: blank and unused, and already there.
      session.warming = launched.browser
        .pages()
        .then((open) => {
          session.spare.push(...open.slice(0, warmPages));
          return Promise.all(Array.from({ length: warmPages - session.spare.length }, () => launched.browser.newPage().then((p) => void session.spare.push(p))));
        })
        .then(() => undefined)
        .catch(() => undefined);
    }
    return session;
  };

  const ready = (async () => {
    const executable = await findBrowser(options);
    try {
      return { executable, first: await start(executable) };
    } catch (e) {
      // A browser that died while starting (killed, out of memory on a busy machine) gets one more
      // start; one that did not answer in time is not waited for twice.
      if (closing || signal?.aborted || /timed out/i.test((e as Error).message) || (e as { code?: string }).code === 'pdf/browser-too-old') throw e;
      return { executable, first: await start(executable) };
    }
  })();
  ready.catch(() => undefined); // reported by print(); nobody may be waiting yet
  // pdf-lib and the printing code load while the browser starts (it takes longer), so that the
  // first plan prints as soon as both the browser and its HTML are ready.
  const printing = import('./print-job.js');
  printing.catch(() => undefined); // reported by print()

  const closeAll = (): Promise<void> => Promise.all(sessions.map((s) => s.launched.close())).then(() => undefined);
  const onAbort = (): void => void closeAll();
  signal?.addEventListener('abort', onAbort, { once: true });

  // One limit for every print() call: a build hands over its plans one by one as they are rendered.
  const limit = new Slots(Math.max(1, Number.isFinite(wantedPages) && wantedPages > 0 ? wantedPages : os.availableParallelism()));
  let session: Session | undefined;
  let relaunches = 0;
  let relaunching: Promise<Session | undefined> | undefined;
  /** The browser to print with: a new one if it died (twice at most while jobs keep coming). */
  const current = async (executable: string): Promise<Session | undefined> => {
    if (session && !session.isDead) return session;
    if (relaunches >= MAX_RELAUNCHES || closing) return undefined;
    relaunching ??= (async () => {
      relaunches++;
      try {
        session = await start(executable);
        return session;
      } catch {
        return undefined;
      } finally {
        relaunching = undefined;
      }
    })();
    return relaunching;
  };

  const printOne = async (job: PdfJob, executable: string, printJob: PrintJob): Promise<PdfResult> => {
    await limit.take();
    try {
      if (signal?.aborted) return { name: job.name, ok: false, error: CANCELLED };
      const s = await current(executable);
      if (!s) return { name: job.name, ok: false, error: { code: 'pdf/relaunch-failed', params: {} } };
      // The plan's time starts once its browser is ready: a browser started again after a hang
      // warms up first, and on a loaded machine that alone can take longer than a plan's print.
      await settled(s.warming, launchTimeout);
      return await runOne(printJob, s, job, printTimeout, progress, signal);
    } finally {
      // The relaunch budget is per batch: once nothing prints, a later build starts afresh.
      if (limit.give() === 0 && session && !session.isDead) relaunches = 0;
    }
  };

  const print = async (jobs: PdfJob[]): Promise<PdfResult[]> => {
    if (jobs.length === 0) return [];
    if (signal?.aborted) return jobs.map((j) => ({ name: j.name, ok: false, error: CANCELLED }));
    const [{ executable, first }, { printJob }] = await Promise.all([ready, printing]); // a RunError here means nothing can print: let it through
    session ??= first;
    return Promise.all(jobs.map((job) => printOne(job, executable, printJob)));
  };

  return {
    print,
    close: async () => {
      closing = true;
      signal?.removeEventListener('abort', onAbort);
      await ready.catch(() => undefined);
      await closeAll();
    },
  };
}

async function runOne(printJob: PrintJob, s: Session, job: PdfJob, timeoutMs: number, progress: (name: string, step: string) => void, signal?: AbortSignal): Promise<PdfResult> {
  /** The page this job holds; a job that timed out keeps on in the background, and its page is not taken back. */
  let page: Page | undefined;
  let abandoned = false;
  const tabs = {
    take: async () => (page = await takePage(s)),
    give: (p: Page, printed: boolean) => {
      page = undefined;
      const uses = (printedWith.get(p) ?? 0) + 1;
      printedWith.set(p, uses);
      if (printed && uses < PRINTS_PER_PAGE && !abandoned && !s.isDead && !p.isClosed()) s.spare.push(p);
      else if (!abandoned) p.close().catch(() => undefined);
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), timeoutMs);
  });
  try {
    const printed = await Promise.race([printJob(tabs, job, timeoutMs, (step) => progress(job.name, step)), timeout, s.dead]);
    progress(job.name, 'done');
    const result: PdfResult = { name: job.name, ok: true, bytes: printed.bytes };
    if (printed.blocked.length) result.blocked = printed.blocked;
    return result;
  } catch (e) {
    progress(job.name, 'failed');
    if (signal?.aborted) return { name: job.name, ok: false, error: CANCELLED };
    if (e instanceof TimeoutError) {
      abandoned = true;
      await abandonPage(s, page);
      return { name: job.name, ok: false, error: { code: 'pdf/timeout', params: { seconds: String(Math.round(timeoutMs / 1000)) } } };
    }
    if (s.isDead) return { name: job.name, ok: false, error: { code: 'pdf/crashed', params: {} } };
    if (e instanceof RunError) return { name: job.name, ok: false, error: { code: e.code, params: e.params } };
    return { name: job.name, ok: false, error: { code: 'pdf/print-failed', params: { detail: firstLine(e) } } };
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for PROMISE, or MS at most, whichever comes first; never throws. */
async function settled(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

async function takePage(s: Session): Promise<Page> {
  await s.warming;
  return s.spare.pop() ?? s.launched.browser.newPage();
}

/** A page that timed out is closed; if even that hangs, the whole browser is, and the next job gets a new one. */
async function abandonPage(s: Session, page: Page | undefined): Promise<void> {
  const closed = page
    ? page
        .close()
        .then(() => true)
        .catch(() => true)
    : Promise.resolve(true);
  const answered = await Promise.race([closed, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
  if (!answered) {
    s.isDead = true;
    await s.launched.close();
  }
}

class TimeoutError extends Error {}

type PrintJob = typeof import('./print-job.js').printJob;

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
