import { describe, expect, it, vi } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';

describe('loadPuppeteer', () => {
  it('turns a missing puppeteer-core into a one-line RunError that names the fix', async () => {
    // Both entries: the one without the launcher that studyplan loads first, and the main one.
    for (const entry of ['puppeteer-core/internal/puppeteer-core-browser.js', 'puppeteer-core']) {
      vi.doMock(entry, () => {
        throw new Error("Cannot find package 'puppeteer-core' imported from /x/launch-browser.js\n    at stack");
      });
    }
    const { loadPuppeteer } = await import('../../src/pdf/launch-browser.js');
    const e = await loadPuppeteer().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).not.toContain('\n');
    expect((e as RunError).message).toContain('puppeteer-core');
    expect((e as RunError).hint).toMatch(/npm install|--format html/);
    vi.doUnmock('puppeteer-core/internal/puppeteer-core-browser.js');
    vi.doUnmock('puppeteer-core');
  });
});

describe('the entry loadPuppeteer takes first', () => {
  it('is there and has connect (an upgrade that moves it would still work, through the main entry, but slower)', async () => {
    const entry: string = 'puppeteer-core/internal/puppeteer-core-browser.js';
    const m = (await import(entry)) as { connect?: unknown; launch?: unknown };
    expect(typeof m.connect).toBe('function');
    // Without the launcher: that is what makes it quicker to load.
    expect(m.launch).toBeUndefined();
  });
});
