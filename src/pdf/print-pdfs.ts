import os from 'node:os';
import type { Page } from 'puppeteer-core';
import { RunError } from '../errors/run-error.js';
import type { Failure } from '../i18n/index.js';
import { abandonPage, launchSession, takePage, warmUp, type Session } from './browser-session.js';
import { findBrowser } from './find-browser.js';
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
  const printer = new SharedPrinter(options);
  return { print: (jobs) => printer.print(jobs), close: () => printer.close() };
}

/**
 * What the print() calls of one startPrinter share: the browsers started (all closed by close()),
 * the one printing now, the relaunch budget and one limit on pages at a time, since a build hands
 * over its plans one by one as they are rendered.
 */
class SharedPrinter {
  private readonly launchTimeout: number;
  private readonly printTimeout: number;
  private readonly progress: (name: string, step: string) => void;
  private readonly signal: AbortSignal | undefined;
  private readonly warmPages: number;
  private readonly limit: Slots;
  private readonly sessions: Session[] = [];
  private readonly ready: Promise<{ executable: string; first: Session }>;
  private readonly printing: Promise<typeof import('./print-job.js')>;
  private closing = false;
  private session: Session | undefined;
  private relaunches = 0;
  private relaunching: Promise<Session | undefined> | undefined;
  private readonly onAbort = (): void => void this.closeAll();

  constructor(options: PrintOptions) {
    this.launchTimeout = options.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS;
    this.printTimeout = options.printTimeoutMs ?? PRINT_TIMEOUT_MS;
    this.progress = options.onProgress ?? (() => undefined);
    this.signal = options.signal;
    const wantedPages = Math.floor(options.concurrency ?? Number.NaN);
    const pages = Number.isFinite(wantedPages) && wantedPages > 0 ? wantedPages : os.availableParallelism();
    this.warmPages = Math.min(4, pages);
    this.limit = new Slots(Math.max(1, pages));
    this.ready = this.launchFirst(options);
    this.ready.catch(() => undefined); // reported by print(); nobody may be waiting yet
    // pdf-lib and the printing code load while the browser starts (it takes longer), so that the
    // first plan prints as soon as both the browser and its HTML are ready.
    this.printing = import('./print-job.js');
    this.printing.catch(() => undefined); // reported by print()
    this.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  async print(jobs: PdfJob[]): Promise<PdfResult[]> {
    if (jobs.length === 0) return [];
    if (this.signal?.aborted) return jobs.map((j) => ({ name: j.name, ok: false, error: CANCELLED }));
    const [{ executable, first }, { printJob }] = await Promise.all([this.ready, this.printing]); // a RunError here means nothing can print: let it through
    this.session ??= first;
    return Promise.all(jobs.map((job) => this.printOne(job, executable, printJob)));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.signal?.removeEventListener('abort', this.onAbort);
    await this.ready.catch(() => undefined);
    await this.closeAll();
  }

  private async closeAll(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.launched.close()));
  }

  private async launchFirst(options: PrintOptions): Promise<{ executable: string; first: Session }> {
    const executable = await findBrowser(options);
    try {
      return { executable, first: await this.start(executable) };
    } catch (e) {
      // A browser that died while starting (killed, out of memory on a busy machine) gets one more
      // start; one that did not answer in time is not waited for twice.
      if (this.closing || this.signal?.aborted || /timed out/i.test((e as Error).message) || (e as { code?: string }).code === 'pdf/browser-too-old') throw e;
      return { executable, first: await this.start(executable) };
    }
  }

  private async start(executable: string): Promise<Session> {
    const session = await launchSession(executable, this.launchTimeout);
    this.sessions.push(session);
    // close() came while this browser started: it is not wanted any more.
    if (this.closing) void session.launched.close();
    else warmUp(session, this.warmPages);
    return session;
  }

  /** The browser to print with: a new one if it died (twice at most while jobs keep coming). */
  private async current(executable: string): Promise<Session | undefined> {
    if (this.session && !this.session.isDead) return this.session;
    if (this.relaunches >= MAX_RELAUNCHES || this.closing) return undefined;
    this.relaunching ??= this.relaunch(executable);
    return this.relaunching;
  }

  private async relaunch(executable: string): Promise<Session | undefined> {
    this.relaunches++;
    try {
      this.session = await this.start(executable);
      return this.session;
    } catch {
      return undefined;
    } finally {
      this.relaunching = undefined;
    }
  }

  private async printOne(job: PdfJob, executable: string, printJob: PrintJob): Promise<PdfResult> {
    await this.limit.take();
    try {
      if (this.signal?.aborted) return { name: job.name, ok: false, error: CANCELLED };
      const s = await this.current(executable);
      if (!s) return { name: job.name, ok: false, error: { code: 'pdf/relaunch-failed', params: {} } };
      // The plan's time starts once its browser is ready: a browser started again after a hang
      // warms up first, and on a loaded machine that alone can take longer than a plan's print.
      await settled(s.warming, this.launchTimeout);
      return await runOne(printJob, s, job, this.printTimeout, this.progress, this.signal);
    } finally {
      // The relaunch budget is per batch: once nothing prints, a later build starts afresh.
      if (this.limit.give() === 0 && this.session && !this.session.isDead) this.relaunches = 0;
    }
  }
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
    if (printed.cover === false) result.cover = false;
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

class TimeoutError extends Error {}

type PrintJob = typeof import('./print-job.js').printJob;

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
