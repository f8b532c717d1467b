import type { Page } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from './launch-browser.js';

/** One running browser; `dead` settles (rejects) when it disconnects: crashed, killed or closed. */
export interface Session {
  launched: LaunchedBrowser;
  dead: Promise<never>;
  isDead: boolean;
  /** Blank pages opened while the caller still renders: a browser's first pages are slow to open. */
  spare: Page[];
  warming: Promise<void>;
}

/** Starts a browser; its session knows from then on when the browser goes away. */
export async function launchSession(executable: string, timeoutMs: number): Promise<Session> {
  const launched = await launchBrowser(executable, timeoutMs);
  const session: Session = { launched, isDead: false, dead: undefined as unknown as Promise<never>, spare: [], warming: Promise.resolve() };
  session.dead = new Promise<never>((_, reject) => {
    launched.browser.once('disconnected', () => {
      session.isDead = true;
      reject(new Error('the browser quit while printing (crashed or was killed)'));
    });
  });
  session.dead.catch(() => undefined);
  return session;
}

/** Opens COUNT blank pages in the background; `warming` settles once they are open (or failed). */
export function warmUp(session: Session, count: number): void {
  const { browser } = session.launched;
  // The tab Chromium opens at start is one of them: blank and unused, and already there.
  session.warming = browser
    .pages()
    .then((open) => {
      session.spare.push(...open.slice(0, count));
      return Promise.all(Array.from({ length: count - session.spare.length }, () => browser.newPage().then((p) => void session.spare.push(p))));
    })
    .then(() => undefined)
    .catch(() => undefined);
}

export async function takePage(s: Session): Promise<Page> {
  await s.warming;
  return s.spare.pop() ?? s.launched.browser.newPage();
}

/** A page that timed out is closed; if even that hangs, the whole browser is, and the next job gets a new one. */
export async function abandonPage(s: Session, page: Page | undefined): Promise<void> {
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
