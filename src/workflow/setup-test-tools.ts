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

/** The one line that installs what is missing of TOOLS here ('' when nothing is). */
export function testToolsLine(host: Pick<SetupHost, 'platform' | 'hasCommand'>): string {
  const missing = TEST_TOOLS.filter((t) => !host.hasCommand(t.command));
  if (!missing.length) return '';
  const pm = manager(host);
  const names = missing.map((t) => t.packages[pm?.name ?? 'apt']);
  // brew refuses to run as root; the other managers need it.
  return pm ? `${pm.name === 'brew' ? '' : 'sudo '}${[...pm.install, ...names].join(' ')}` : `install ${names.join(' and ')} (poppler's command-line tools and qpdf)`;
}

/**
 * Installs the missing tools where this process may (Linux, as root): true when they are all
 * there afterwards. Elsewhere it says the line to run and leaves it to the developer.
 */
export function setupTestTools(host: Omit<SetupHost, 'find'>): boolean {
  const missing = TEST_TOOLS.filter((t) => !host.hasCommand(t.command));
  if (!missing.length) {
    host.log(`✓ test tools: ${TEST_TOOLS.map((t) => t.command).join(', ')}`);
    return true;
  }
  const pm = manager(host);
  const line = testToolsLine(host);
  const names = missing.map((t) => t.packages[pm?.name ?? 'apt']);
  if (!pm || pm.name === 'brew' || !host.isRoot) {
    host.log(`! npm test reads the PDFs with ${missing.map((t) => t.command).join(' and ')}, not on this machine (building does not need them).`);
    host.log(`  For the tests, run: ${line}`);
    return false;
  }
  host.log(`Installing what npm test needs: ${names.join(', ')}`);
  for (const [command, ...args] of [...(pm.update ? [pm.update] : []), [...pm.install, ...names]]) {
    const code = host.run(command as string, args);
    if (code !== 0) {
      host.log(`! ${[command, ...args].join(' ')} failed (exit ${code}). For the tests, run it yourself: ${line}`);
      return false;
    }
  }
  const still = missing.filter((t) => !host.hasCommand(t.command));
  if (still.length) {
    host.log(`! Installed, but ${still.map((t) => t.command).join(' and ')} still not found on PATH.`);
    return false;
  }
  host.log(`✓ test tools: ${TEST_TOOLS.map((t) => t.command).join(', ')}`);
  return true;
}
