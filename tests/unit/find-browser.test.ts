import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { discoverBrowser, type BrowserHost, type ChromeChannel, type FoundBrowser } from '../../src/pdf/find-browser.js';

// Discovery over a fake machine: a platform, its environment and a set of files that exist.
// Chrome's own paths come from @puppeteer/browsers on a real machine; here the fake host answers
// for the library from the same tree, at the places the library documents per platform.
type Platform = 'win32' | 'darwin' | 'linux';

const WIN_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\Åsa Öberg\\AppData\\Local',
  Path: 'C:\\Windows\\system32;"C:\\Tools\\Min webbläsare";C:\\Windows',
};
const HOME: Record<Platform, string> = { win32: 'C:\\Users\\Åsa Öberg', darwin: '/Users/åsa', linux: '/home/åsa' };
const ENV: Record<Platform, NodeJS.ProcessEnv> = { win32: WIN_ENV, darwin: { PATH: '/usr/bin:/bin:/opt/homebrew/bin' }, linux: { PATH: '/usr/local/bin:/usr/bin:/bin:/home/åsa/bin' } };

function chromeAt(platform: Platform, channel: ChromeChannel): string[] {
  if (platform === 'win32') {
    const dir = { stable: 'Chrome', beta: 'Chrome Beta', dev: 'Chrome Dev', canary: 'Chrome SxS' }[channel];
    return ['C:\\Program Files', 'C:\\Program Files (x86)', WIN_ENV.LOCALAPPDATA].map((r) => `${r}\\Google\\${dir}\\Application\\chrome.exe`);
  }
  if (platform === 'darwin') {
    const app = { stable: 'Google Chrome', beta: 'Google Chrome Beta', dev: 'Google Chrome Dev', canary: 'Google Chrome Canary' }[channel];
    return [`/Applications/${app}.app/Contents/MacOS/${app}`];
  }
  return [`/opt/google/${{ stable: 'chrome', beta: 'chrome-beta', dev: 'chrome-unstable', canary: 'chrome-canary' }[channel]}/chrome`];
}

function fakeHost(platform: Platform, files: string[], env: NodeJS.ProcessEnv = ENV[platform]): Partial<BrowserHost> {
  const tree = new Set(files);
  return {
    platform,
    env,
    homedir: HOME[platform],
    isExecutable: async (f) => tree.has(f),
    chromeChannel: async (channel) => chromeAt(platform, channel).find((f) => tree.has(f)),
  };
}

const find = (platform: Platform, files: string[], extra: { chrome?: string; env?: NodeJS.ProcessEnv } = {}): Promise<FoundBrowser> =>
  discoverBrowser({ ...(extra.chrome ? { chrome: extra.chrome } : {}), host: fakeHost(platform, files, { ...ENV[platform], PUPPETEER_CACHE_DIR: '/nonexistent-cache', ...extra.env }) });

const LAYOUTS: Record<Platform, Record<'edge' | 'chrome' | 'brave' | 'chromium' | 'path', { file: string; name: string }>> = {
  win32: {
    edge: { file: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', name: 'Microsoft Edge' },
    chrome: { file: 'C:\\Users\\Åsa Öberg\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', name: 'Google Chrome' },
    brave: { file: 'C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\brave.exe', name: 'Brave' },
    chromium: { file: 'C:\\Users\\Åsa Öberg\\AppData\\Local\\Chromium\\Application\\chrome.exe', name: 'Chromium' },
    path: { file: 'C:\\Tools\\Min webbläsare\\chrome.exe', name: 'Google Chrome' },
  },
  darwin: {
    edge: { file: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', name: 'Microsoft Edge' },
    chrome: { file: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', name: 'Google Chrome' },
    brave: { file: '/Users/åsa/Applications/Brave Browser.app/Contents/MacOS/Brave Browser', name: 'Brave' },
    chromium: { file: '/Applications/Chromium.app/Contents/MacOS/Chromium', name: 'Chromium' },
    path: { file: '/opt/homebrew/bin/chromium', name: 'Chromium' },
  },
  linux: {
    edge: { file: '/opt/microsoft/msedge/msedge', name: 'Microsoft Edge' },
    chrome: { file: '/opt/google/chrome/chrome', name: 'Google Chrome' },
    brave: { file: '/usr/bin/brave-browser', name: 'Brave' },
    chromium: { file: '/usr/bin/chromium', name: 'Chromium' },
    path: { file: '/home/åsa/bin/google-chrome', name: 'Google Chrome' },
  },
};

describe.each(['win32', 'darwin', 'linux'] as const)('browser discovery on %s', (platform) => {
  const layout = LAYOUTS[platform];
  it.each(['edge', 'chrome', 'brave', 'chromium'] as const)('finds %s when it is the only browser', async (which) => {
    expect(await find(platform, [layout[which].file])).toEqual({ executable: layout[which].file, name: layout[which].name, source: 'system' });
  });

  it('finds a browser that is only on PATH', async () => {
    expect(await find(platform, [layout.path.file])).toEqual({ executable: layout.path.file, name: layout.path.name, source: 'PATH' });
  });

  it('says what to install on this system when there is none', async () => {
    const e = await find(platform, []).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(RunError);
    expect((e as RunError).code).toBe('pdf/no-browser');
    expect((e as RunError).params).toEqual({ kind: 'none', platform });
    expect((e as RunError).describe('sv').message).toMatch(/^Hittade ingen Chrome/);
    expect((e as RunError).hint).toMatch({ win32: /winget install Microsoft\.Edge/, darwin: /brew install --cask google-chrome/, linux: /sudo apt-get install chromium/ }[platform]);
  });

  it('prefers the stable browsers to previews and to PATH', async () => {
    const canary = chromeAt(platform, 'canary')[0] as string;
    expect((await find(platform, [canary, layout.path.file, layout.edge.file])).executable).toBe(layout.edge.file);
    expect((await find(platform, [canary, layout.path.file])).executable).toBe(canary);
    expect((await find(platform, [layout.chrome.file, layout.edge.file, layout.brave.file])).executable).toBe(layout.chrome.file);
  });

  it('takes --chrome, then PUPPETEER_EXECUTABLE_PATH, before discovery', async () => {
    const all = [layout.chrome.file, layout.edge.file, layout.brave.file];
    expect(await find(platform, all, { chrome: layout.brave.file, env: { PUPPETEER_EXECUTABLE_PATH: layout.edge.file } })).toMatchObject({ executable: layout.brave.file, source: '--chrome' });
    expect(await find(platform, all, { env: { PUPPETEER_EXECUTABLE_PATH: layout.edge.file } })).toMatchObject({
      executable: layout.edge.file,
      source: 'PUPPETEER_EXECUTABLE_PATH',
      name: 'Microsoft Edge',
    });
    const missing = await find(platform, all, { env: { PUPPETEER_EXECUTABLE_PATH: layout.path.file } }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect((missing as RunError).message).toContain(layout.path.file);
  });
});

describe('browser discovery, Windows specifics', () => {
  it('looks in the Program Files the environment names (other drive, any letter case of the names)', async () => {
    const edge = 'D:\\Programs\\Microsoft\\Edge\\Application\\msedge.exe';
    const host = fakeHost('win32', [edge], { ProgramFiles: 'D:\\Programs', PUPPETEER_CACHE_DIR: '/nonexistent-cache' });
    expect((await discoverBrowser({ host })).executable).toBe(edge);
  });

  it('reads PATH split by ; with quoted folders, and the .exe names', async () => {
    const msedge = 'C:\\Tools\\Min webbläsare\\msedge.exe';
    expect(await find('win32', [msedge])).toEqual({ executable: msedge, name: 'Microsoft Edge', source: 'PATH' });
  });

  it('keeps a --chrome path with a drive letter, spaces and non-ASCII letters as it is', async () => {
    const file = 'C:\\Users\\Åsa Öberg\\Portable Chrome\\chrome.exe';
    expect((await find('win32', [file], { chrome: file })).executable).toBe(file);
    expect(path.win32.isAbsolute(file)).toBe(true);
  });
});

describe('browser words', () => {
  it('are the catalogue’s in the language the command layer names, never the locale’s', () => {
    const none = new RunError('pdf/no-browser', { kind: 'none', platform: 'linux' });
    expect(none.describe('en').message).toBe('No Chrome, Edge, Chromium or Brave found. Install one, or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.');
    const all = (['sv', 'en', 'nb'] as const).map((l) => none.describe(l).message);
    for (const w of all) expect(w).toContain('--chrome');
    expect(new Set(all).size).toBe(3);
  });
});
