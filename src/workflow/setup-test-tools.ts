import type { SetupHost } from './setup-browser.js';

/**
 * `npm run setup` in a checkout of studyplan itself: the tests read the printed PDFs with real
 * tools (poppler's pdftotext, pdfinfo, pdftoppm, pdfimages, pdffonts and qpdf), so a developer's
 * fresh machine gets them the way it gets the browser: the system's own packages, installed as
 * root where the system allows it, else the one line to run. Building needs none of them, so a
 * missing tool never fails the set-up (a secretary's `npm ci && npm run setup && … build` goes
 * on); `npm test` then stops at once with the same line (tests/helpers/global-setup.ts). Users of
 * the published package never run this (scripts/setup.mjs calls it only where tests/ exists).
 */
export const TEST_TOOLS = [
  { command: 'pdftotext', packages: { apt: 'poppler-utils', dnf: 'poppler-utils', pacman: 'poppler', brew: 'poppler' } },
  { command: 'qpdf', packages: { apt: 'qpdf', dnf: 'qpdf', pacman: 'qpdf', brew: 'qpdf' } },
] as const;

type Manager = keyof (typeof TEST_TOOLS)[number]['packages'];

/** The package manager this system installs with, and how it is called. */
function manager(host: Pick<SetupHost, 'platform' | 'hasCommand'>): { name: Manager; install: string[]; update?: string[] } | undefined {
  if (host.platform === 'darwin') return host.hasCommand('brew') ? { name: 'brew', install: ['brew', 'install'] } : undefined;
  if (host.platform !== 'linux') return undefined;
  if (host.hasCommand('apt-get')) return { name: 'apt', update: ['apt-get', 'update'], install: ['apt-get', 'install', '-y', '--no-install-recommends'] };
  if (host.hasCommand('dnf')) return { name: 'dnf', install: ['dnf', 'install', '-y'] };
  if (host.hasCommand('pacman')) return { name: 'pacman', install: ['pacman', '-S', '--noconfirm'] };
  return undefined;
}

/** What of the tools is missing here, and the one command line that installs it where the system has a package manager studyplan knows. */
export interface TestToolsNeed {
  /** The missing tools' commands (pdftotext, qpdf). */
  tools: string[];
  /** Their packages, by this system's names (apt's where it has none studyplan knows). */
  packages: string[];
  line?: string;
}

/** What is missing of TEST_TOOLS here; undefined when nothing is. */
export function testToolsNeed(host: Pick<SetupHost, 'platform' | 'hasCommand'>): TestToolsNeed | undefined {
  const missing = TEST_TOOLS.filter((t) => !host.hasCommand(t.command));
  if (!missing.length) return undefined;
  const pm = manager(host);
  const packages = missing.map((t) => t.packages[pm?.name ?? 'apt']);
  // brew refuses to run as root; the other managers need it.
  const line = pm ? `${pm.name === 'brew' ? '' : 'sudo '}${[...pm.install, ...packages].join(' ')}` : undefined;
  return { tools: missing.map((t) => t.command), packages, ...(line ? { line } : {}) };
}

/**
 * Installs the missing tools where this process may (Linux, as root): true when they are all
 * there afterwards. Elsewhere it says the line to run and leaves it to the developer. What it
 * says are values, worded by scripts/setup.mjs (as setup-browser.ts's).
 */
export function setupTestTools(host: Omit<SetupHost, 'find'>): boolean {
  const all = TEST_TOOLS.map((t) => t.command).join(',');
  const need = testToolsNeed(host);
  if (!need) {
    host.say({ code: 'setup/test-tools', params: { tools: all } });
    return true;
  }
  const pm = manager(host);
  const { line } = need;
  if (!pm || pm.name === 'brew' || !host.isRoot) {
    host.say({ code: 'setup/test-tools-missing', params: { tools: need.tools.join(','), packages: need.packages.join(','), line } });
    return false;
  }
  host.say({ code: 'setup/installing', params: { what: 'test-tools', packages: need.packages.join(',') } });
  for (const [command, ...args] of [...(pm.update ? [pm.update] : []), [...pm.install, ...need.packages]]) {
    const code = host.run(command as string, args);
    if (code !== 0) {
      host.say({ code: 'setup/step-failed', params: { what: 'test-tools', command: [command, ...args].join(' '), exit: String(code), line } });
      return false;
    }
  }
  const still = need.tools.filter((t) => !host.hasCommand(t));
  if (still.length) {
    host.say({ code: 'setup/not-found-after', params: { what: 'test-tools', tools: still.join(',') } });
    return false;
  }
  host.say({ code: 'setup/test-tools', params: { tools: all } });
  return true;
}
