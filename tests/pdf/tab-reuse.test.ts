import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../src/pdf/launch-browser.js';
import { printJob, type Tabs } from '../../src/pdf/print-job.js';
import { FALLBACK_PAGE } from '../../src/render/template-loader.js';
import { CHROMIUM, makeSite, PDF_META, tempDir, tool } from './helpers.js';

/**
 * A page printed with is given back and the next plan printed in it (print-job.ts, Tabs): it
 * prints that plan's own text, under that plan's request guard alone, and a page whose print
 * failed is not given back for another.
 */
describe('one page, printed with again', () => {
  let dir: string;
  let browser: LaunchedBrowser;
  const given: { page: Page; printed: boolean }[] = [];
  let pages = 0;
  let spare: Page | undefined;
  const tabs: Tabs = {
    take: async () => {
      if (spare) return spare;
      pages++;
      return (spare = await browser.browser.newPage());
    },
    give: (page, printed) => {
      given.push({ page, printed });
      if (!printed) spare = undefined;
    },
  };
  const job = (name: string, htmlFile: string, roots: string[]) => ({ name, htmlFile, meta: { ...PDF_META, title: name }, pageSize: 'A4' as const, page: FALLBACK_PAGE, assetRoots: roots });

  beforeAll(async () => {
    dir = await tempDir();
    browser = await launchBrowser(CHROMIUM, 30_000);
  });
  afterAll(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints each plan in the page the one before gave back, each with its own text and guard', async () => {
    const first = await makeSite(path.join(dir, 'first'));
    // The second plan's page asks for a picture that lies beside the first plan only.
    await mkdir(path.join(dir, 'second'), { recursive: true });
    await writeFile(path.join(dir, 'first', 'only-here.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const second = path.join(dir, 'second', 'plan.html');
    await writeFile(
      second,
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Andra</title></head><body><h1 id="a">Andra planen</h1><img alt="" src="../first/only-here.svg"></body></html>`,
    );
    const one = await printJob(tabs, job('first', first, [path.join(dir, 'first')]), 30_000, () => undefined);
    const two = await printJob(tabs, job('second', second, [path.join(dir, 'second')]), 30_000, () => undefined);
    expect(pages).toBe(1);
    expect(given.map((g) => g.printed)).toEqual([true, true]);
    expect(given[0]!.page).toBe(given[1]!.page);
    await writeFile(path.join(dir, 'one.pdf'), one.bytes);
    await writeFile(path.join(dir, 'two.pdf'), two.bytes);
    expect(tool('pdftotext', [path.join(dir, 'two.pdf'), '-'])).toContain('Andra planen');
    expect(tool('pdftotext', [path.join(dir, 'two.pdf'), '-'])).not.toContain('Kurser under året');
    expect(tool('pdftotext', [path.join(dir, 'one.pdf'), '-'])).toContain('Kurser under året');
    // The first plan's guard let its own folder through; the second's does not: it was not left on.
    expect(one.blocked).toEqual([]);
    expect(two.blocked.some((u) => u.endsWith('/first/only-here.svg'))).toBe(true);
  });

  it('a page whose print failed is closed by the pool, not printed with again', async () => {
    const missing = job('missing', path.join(dir, 'nowhere', 'plan.html'), [dir]);
    await expect(printJob(tabs, missing, 5_000, () => undefined)).rejects.toThrow();
    expect(given.at(-1)?.printed).toBe(false);
  });
});
