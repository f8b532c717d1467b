import { describe, expect, it, vi } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';

describe('loadPuppeteer', () => {
  it('turns a missing puppeteer-core into a one-line RunError that names the fix', async () => {
    vi.doMock('puppeteer-core', () => {
      throw new Error("Cannot find package 'puppeteer-core' imported from /x/launch-browser.js\n    at stack");
    });
    const { loadPuppeteer } = await import('../../src/pdf/launch-browser.js');
    const e = await loadPuppeteer().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).message).not.toContain('\n');
    expect((e as RunError).message).toContain('puppeteer-core');
    expect((e as RunError).hint).toMatch(/npm install|--format html/);
    vi.doUnmock('puppeteer-core');
  });
});
