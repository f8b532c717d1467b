import { access, constants } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';

export type ChromeChannel = 'stable' | 'beta' | 'dev' | 'canary';

/** What discovery looks at: the real machine, or a fake one in tests. */
export interface BrowserHost {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
  /** The file exists and may be run (Windows: exists). */
  isExecutable(file: string): Promise<boolean>;
  /** Where Chrome's CHANNEL is installed, if it is (@puppeteer/browsers knows Chrome's paths). */
  chromeChannel(channel: ChromeChannel): Promise<string | undefined>;
}

export interface FindBrowserOptions {
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  /** Replaces the usual system locations and PATH (tests; packagers with their own layout). */
  systemPaths?: string[];
  /** Replaces the machine discovery looks at (tests with a fake file tree). */
  host?: Partial<BrowserHost>;
}

export interface FoundBrowser {
  executable: string;
  /** Its product name as people know it: "Microsoft Edge", "Google Chrome", ... */
  name: string;
  /** How it was found. */
  source: '--chrome' | 'PUPPETEER_EXECUTABLE_PATH' | 'system' | 'PATH' | 'puppeteer cache';
}

interface Candidate {
  name: string;
  file?: string;
  channel?: ChromeChannel;
}

/**
 * The browser to print with: --chrome, then PUPPETEER_EXECUTABLE_PATH, then the usual install
 * places of Chrome, Chromium, Edge and Brave, then PATH, then puppeteer's own cache. A path the
 * user names must exist: falling back to some other browser would hide their mistake.
 */
export async function findBrowser(options: FindBrowserOptions): Promise<string> {
  return (await discoverBrowser(options)).executable;
}

export async function discoverBrowser(options: FindBrowserOptions): Promise<FoundBrowser> {
  const host = hostFor(options);
  if (options.chrome) return explicit(options.chrome, '--chrome', host);
  const fromEnv = host.env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) return explicit(fromEnv, 'PUPPETEER_EXECUTABLE_PATH', host);
  if (options.systemPaths) {
    for (const file of options.systemPaths) if (await host.isExecutable(file)) return { executable: file, name: nameOf(file), source: 'system' };
  } else {
    const found = (await firstInstalled(systemCandidates(host.platform, host.env, host.homedir), host)) ?? (await onPath(host));
    if (found) return found;
  }
  const cached = await fromPuppeteerCache(host.env, host);
  if (cached) return { executable: cached, name: nameOf(cached), source: 'puppeteer cache' };
  // Its hint is the install line for this kind of machine (the catalogue has one per platform).
  throw new RunError('pdf/no-browser', { kind: 'none', platform: host.platform });
}

async function explicit(file: string, source: '--chrome' | 'PUPPETEER_EXECUTABLE_PATH', host: BrowserHost): Promise<FoundBrowser> {
  const resolved = (host.platform === 'win32' ? path.win32 : path.posix).resolve(file);
  if (await host.isExecutable(resolved)) return { executable: resolved, name: nameOf(resolved), source };
  throw new RunError('pdf/no-browser', { kind: 'given', source, file });
}

async function firstInstalled(candidates: Candidate[], host: BrowserHost): Promise<FoundBrowser | undefined> {
  for (const c of candidates) {
    const file = c.channel ? await host.chromeChannel(c.channel) : c.file;
    if (file && (await host.isExecutable(file))) return { executable: file, name: c.name, source: 'system' };
  }
  return undefined;
}

/**
 * Where each browser installs itself, most wanted first: the stable Chrome, Chromium, Edge and
 * Brave, then their beta, dev and canary builds. Chrome's own paths come from @puppeteer/browsers
 * (the host's chromeChannel); the others are these tables.
 */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, homedir: string): Candidate[] {
  const chrome = (channel: ChromeChannel): Candidate => ({ name: channel === 'stable' ? 'Google Chrome' : `Google Chrome ${channel[0]?.toUpperCase()}${channel.slice(1)}`, channel });
  const previews = (['beta', 'dev', 'canary'] as const).map(chrome);
  if (platform === 'win32') {
    const roots = windowsRoots(env);
    const at = (name: string, rel: string): Candidate[] => roots.map((r) => ({ name, file: path.win32.join(r, rel) }));
    return [
      chrome('stable'),
      ...at('Chromium', 'Chromium\\Application\\chrome.exe'),
      ...at('Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'),
      ...at('Brave', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'),
      ...previews,
      ...at('Microsoft Edge Beta', 'Microsoft\\Edge Beta\\Application\\msedge.exe'),
      ...at('Microsoft Edge Dev', 'Microsoft\\Edge Dev\\Application\\msedge.exe'),
      ...at('Microsoft Edge Canary', 'Microsoft\\Edge SxS\\Application\\msedge.exe'),
    ];
  }
  if (platform === 'darwin') {
    const app = (name: string, bundle = name): Candidate[] =>
      ['/Applications', path.posix.join(homedir, 'Applications')].map((dir) => ({ name, file: `${dir}/${bundle}.app/Contents/MacOS/${bundle}` }));
    return [
      chrome('stable'),
      // @puppeteer/browsers looks only in /Applications; an install without admin rights lands in ~/Applications.
      { name: 'Google Chrome', file: path.posix.join(homedir, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome') },
      ...app('Chromium'),
      ...app('Microsoft Edge'),
      ...app('Brave', 'Brave Browser'),
      ...previews,
      ...app('Microsoft Edge Beta'),
      ...app('Microsoft Edge Dev'),
      ...app('Microsoft Edge Canary'),
    ];
  }
  const files = (name: string, list: string[]): Candidate[] => list.map((file) => ({ name, file }));
  return [
    ...files('Chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']),
    chrome('stable'),
    ...files('Google Chrome', ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']),
    ...files('Microsoft Edge', ['/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge']),
    ...files('Brave', ['/usr/bin/brave-browser', '/usr/bin/brave', '/opt/brave.com/brave/brave', '/snap/bin/brave']),
    ...previews,
    ...files('Microsoft Edge Beta', ['/usr/bin/microsoft-edge-beta', '/opt/microsoft/msedge-beta/msedge']),
    ...files('Microsoft Edge Dev', ['/usr/bin/microsoft-edge-dev', '/opt/microsoft/msedge-dev/msedge']),
  ];
}

/** Program Files (64- and 32-bit) and the user's own programs (installs without admin rights). */
function windowsRoots(env: NodeJS.ProcessEnv): string[] {
  const get = (name: string): string | undefined => Object.entries(env).find(([k]) => k.toUpperCase() === name.toUpperCase())?.[1];
  const roots = [get('PROGRAMFILES'), get('PROGRAMW6432'), get('PROGRAMFILES(X86)'), get('LOCALAPPDATA'), 'C:\\Program Files', 'C:\\Program Files (x86)'];
  return [...new Set(roots.filter((r): r is string => Boolean(r)).map((r) => path.win32.normalize(r)))];
}

/** Browser commands looked for on PATH, in the same order of preference. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome', 'microsoft-edge-stable', 'microsoft-edge', 'msedge', 'brave-browser', 'brave'];

async function onPath(host: BrowserHost): Promise<FoundBrowser | undefined> {
  const win = host.platform === 'win32';
  const p = win ? path.win32 : path.posix;
  const pathVar = Object.entries(host.env).find(([k]) => k.toUpperCase() === 'PATH')?.[1] ?? '';
  const dirs = pathVar
    .split(win ? ';' : ':')
    .map((d) => d.replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      const file = p.join(dir, win ? `${name}.exe` : name);
      if (await host.isExecutable(file)) return { executable: file, name: nameOf(file), source: 'PATH' };
    }
  }
  return undefined;
}

/** A name for a browser found by its path (the tables name theirs). */
export function nameOf(file: string): string {
  const f = file.toLowerCase().replace(/\\/g, '/');
  if (/edge|msedge/.test(f)) return 'Microsoft Edge';
  if (/brave/.test(f)) return 'Brave';
  if (/chromium/.test(f)) return 'Chromium';
  if (/headless.shell/.test(f)) return 'Chrome Headless Shell';
  if (/chrome/.test(f)) return 'Google Chrome';
  return path.basename(f);
}

/** Browsers that `npx puppeteer browsers install` (or @puppeteer/browsers) put in its cache. */
async function fromPuppeteerCache(env: NodeJS.ProcessEnv, host: BrowserHost): Promise<string | undefined> {
  const cacheDir = env['PUPPETEER_CACHE_DIR'] ?? path.join(env['HOME'] ?? host.homedir, '.cache', 'puppeteer');
  try {
    await access(cacheDir);
    const browsers = await import('@puppeteer/browsers');
    const installed = await browsers.getInstalledBrowsers({ cacheDir });
    // Prefer full Chrome, then the headless shell; newest build first.
    const rank = (b: string): number => (b === 'chrome' ? 0 : b === 'chrome-headless-shell' ? 1 : b === 'chromium' ? 2 : 9);
    const sorted = installed.filter((b) => rank(b.browser) < 9).sort((a, b) => rank(a.browser) - rank(b.browser) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
    for (const b of sorted) if (await host.isExecutable(b.executablePath)) return b.executablePath;
  } catch {
    /* no cache, or the library is missing: nothing found here */
  }
  return undefined;
}

function hostFor(options: FindBrowserOptions): BrowserHost {
  const platform = options.host?.platform ?? process.platform;
  return {
    platform,
    env: options.host?.env ?? options.env ?? process.env,
    homedir: options.host?.homedir ?? os.homedir(),
    isExecutable: options.host?.isExecutable ?? ((file) => isExecutable(file, platform)),
    chromeChannel: options.host?.chromeChannel ?? installedChrome,
  };
}

async function isExecutable(file: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    await access(file, platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @puppeteer/browsers' answer for this machine (Windows' install roots, macOS, Linux and WSL). */
async function installedChrome(channel: ChromeChannel): Promise<string | undefined> {
  try {
    const { computeSystemExecutablePath, Browser, ChromeReleaseChannel } = await import('@puppeteer/browsers');
    const channels = { stable: ChromeReleaseChannel.STABLE, beta: ChromeReleaseChannel.BETA, dev: ChromeReleaseChannel.DEV, canary: ChromeReleaseChannel.CANARY };
    return computeSystemExecutablePath({ browser: Browser.CHROME, channel: channels[channel] });
  } catch {
    return undefined; // not installed, or a platform it does not know
  }
}
