import { describe, expect, it } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { checkBrowserVersion, MIN_BROWSER_MAJOR, parseBrowserVersion } from '../../src/pdf/browser-version.js';

describe('browser version', () => {
  it('reads the version from what the browser says it is', () => {
    expect(parseBrowserVersion('HeadlessChrome/156.0.8078.114')).toEqual({ version: '156.0.8078.114', major: 156 });
    expect(parseBrowserVersion('Chrome/131.0.6778.204')).toEqual({ version: '131.0.6778.204', major: 131 });
    expect(parseBrowserVersion('HeadlessEdg/120.0.2210.91')?.major).toBe(120);
    expect(parseBrowserVersion('something else')).toBeUndefined();
  });

  it('refuses one older than the outline and tags need, in one line that says to update', () => {
    expect(() => checkBrowserVersion(`HeadlessChrome/${MIN_BROWSER_MAJOR}.0.1.2`, 'Google Chrome')).not.toThrow();
    expect(() => checkBrowserVersion('HeadlessChrome/156.0.8078.114', 'Chromium')).not.toThrow();
    expect(() => checkBrowserVersion('a product string of another shape', 'Chromium')).not.toThrow();
    let e: unknown;
    try {
      checkBrowserVersion('HeadlessEdg/118.0.2088.46', 'Microsoft Edge');
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('pdf/browser-too-old');
    expect((e as RunError).message).toBe(`Microsoft Edge 118.0.2088.46 is too old to print the PDFs (outline and tags need version ${MIN_BROWSER_MAJOR} or later).`);
    expect((e as RunError).hint).toContain('--chrome');
  });

  it('is a value the command layer words in Swedish and Norwegian too', () => {
    let e: RunError | undefined;
    try {
      checkBrowserVersion('HeadlessChrome/120.0.0.0', 'Chromium');
    } catch (err) {
      e = err as RunError;
    }
    expect(e?.params).toEqual({ name: 'Chromium', version: '120.0.0.0', min: String(MIN_BROWSER_MAJOR) });
    expect(e?.describe('sv').message).toMatch(/är för gammal/);
    expect(e?.describe('nb').message).toMatch(/er for gammel/);
  });
});
