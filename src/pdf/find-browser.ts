import { access, constants } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';

const NOT_FOUND =
  'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get install chromium), or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.';
const NOT_FOUND_HINT = 'Where there is internet, `npx @puppeteer/browsers install chrome-headless-shell@stable` also gets one.';

export interface FindBrowserOptions {
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  /** Replaces the usual system locations (tests; packagers with their own layout). */
  systemPaths?: string[];
}

/**
 * The browser to print with: --chrome, then PUPPETEER_EXECUTABLE_PATH, then the usual system
 * locations, then puppeteer's own cache. A path the user names must exist: falling back to some
 * other browser would hide their mistake.
 */
export async function findBrowser(options: FindBrowserOptions): Promise<string> {
  const env = options.env ?? process.env;
  if (options.chrome) return explicit(options.chrome, '--chrome');
  const fromEnv = env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) return explicit(fromEnv, 'PUPPETEER_EXECUTABLE_PATH');
  for (const candidate of options.systemPaths ?? systemLocations(process.platform, env)) {
    if (await isExecutable(candidate)) return candidate;
  }
  const cached = await fromPuppeteerCache(env);
  if (cached) return cached;
  throw new RunError(NOT_FOUND, NOT_FOUND_HINT, 'pdf/no-browser', { kind: 'none' });
}

async function explicit(file: string, source: string): Promise<string> {
  const resolved = path.resolve(file);
  if (await isExecutable(resolved)) return resolved;
  throw new RunError(
    `The browser given by ${source} does not exist or cannot be run: ${file}`,
    'Fix the path, or leave it out to use the Chrome or Chromium installed on this machine.',
    'pdf/no-browser',
    { kind: 'given', source, file },
  );
}

export function systemLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary'];
    return [...apps.map((a) => `/Applications/${a}`), ...apps.map((a) => path.join(os.homedir(), 'Applications', a))];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'] ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']].filter(
      (r): r is string => Boolean(r),
    );
    return roots.flatMap((r) => [path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(r, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/** Browsers that `npx puppeteer browsers install` (or @puppeteer/browsers) put in its cache. */
async function fromPuppeteerCache(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const cacheDir = env['PUPPETEER_CACHE_DIR'] ?? path.join(env['HOME'] ?? os.homedir(), '.cache', 'puppeteer');
  try {
    await access(cacheDir);
    const browsers = await import('@puppeteer/browsers');
    const installed = await browsers.getInstalledBrowsers({ cacheDir });
    // Prefer full Chrome, then the headless shell; newest build first.
    const rank = (b: string): number => (b === 'chrome' ? 0 : b === 'chrome-headless-shell' ? 1 : b === 'chromium' ? 2 : 9);
    const sorted = installed
      .filter((b) => rank(b.browser) < 9)
      .sort((a, b) => rank(a.browser) - rank(b.browser) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    for (const b of sorted) if (await isExecutable(b.executablePath)) return b.executablePath;
  } catch {
    /* no cache, or the library is missing: nothing found here */
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
