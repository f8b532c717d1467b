import type { Failure } from '../i18n/index.js';
import { discoverBrowser, type FoundBrowser } from '../pdf/find-browser.js';
import { isRunError } from '../errors/run-error.js';

/**
 * `npm run setup`: makes sure a browser to print PDFs with is on the machine. It finds one as the
 * build does (Chrome, Edge, Chromium, Brave); when there is none, it installs the system's own
 * package where it may (Debian as root: apt-get install chromium) and otherwise says the one
 * line to run. Nothing is downloaded from anywhere but the system's package manager. What it
 * says are values (a code of the errors catalogue, src/i18n/errors/, and its values), worded by
 * scripts/setup.mjs in the locale's language, as the command layer words the CLI's.
 */
export interface SetupHost {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  /** The text of /etc/os-release ('' when there is none). */
  osRelease: string;
  hasCommand(name: string): boolean;
  /** Runs a command with the terminal attached; its exit code. */
  run(command: string, args: string[]): number;
  /** Says one thing the set-up found or did: worded by the caller (scripts/setup.mjs). */
  say(note: Failure): void;
  find?(): Promise<FoundBrowser>;
}

export interface InstallStep {
  /** What to run when this process may (root), each command in turn. */
  commands?: string[][];
  /** The one command line for the user to run otherwise; none where the system has no package for it (macOS, Windows: the catalogue's words for the platform say what to do). */
  line?: string;
}

/** How this system gets a browser from its own packages. */
export function installStep(host: Pick<SetupHost, 'platform' | 'osRelease' | 'hasCommand' | 'env'>): InstallStep {
  if (host.platform !== 'linux') return {};
  const field = (name: string): string => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(host.osRelease)?.[1]?.toLowerCase() ?? '';
  const family = `${field('ID')} ${field('ID_LIKE')}`;
  // Ubuntu's chromium-browser package only installs the snap; Debian ships Chromium itself.
  if (/\bubuntu\b/.test(family) && host.hasCommand('snap')) return { commands: [['snap', 'install', 'chromium']], line: 'sudo snap install chromium' };
  if (/\bdebian\b/.test(family) && host.hasCommand('apt-get')) {
    return {
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'],
      ],
      line: 'sudo apt-get install -y chromium',
    };
  }
  if (host.hasCommand('dnf')) return { commands: [['dnf', 'install', '-y', 'chromium']], line: 'sudo dnf install -y chromium' };
  if (host.hasCommand('pacman')) return { commands: [['pacman', '-S', '--noconfirm', 'chromium']], line: 'sudo pacman -S chromium' };
  if (host.hasCommand('apt-get')) return { commands: [['apt-get', 'install', '-y', 'chromium']], line: 'sudo apt-get install -y chromium' };
  return {};
}

/** 0 when a browser is there (found, or installed now); 1 with the line to run when not. */
export async function setupBrowser(host: SetupHost): Promise<number> {
  const find = host.find ?? (() => discoverBrowser({ env: host.env }));
  const found = await find().catch((e: unknown) => (isRunError(e) && e.code === 'pdf/no-browser' && !host.env['PUPPETEER_EXECUTABLE_PATH'] ? undefined : Promise.reject(e)));
  if (found) {
    host.say({ code: 'setup/browser', params: { name: found.name, executable: found.executable } });
    return 0;
  }
  const step = installStep(host);
  if (!step.commands || !host.isRoot) {
    host.say({ code: 'setup/no-browser', params: { line: step.line, platform: host.platform } });
    return 1;
  }
  host.say({ code: 'setup/installing', params: { what: 'browser', commands: step.commands.map((c) => c.join(' ')).join('; ') } });
  for (const [command, ...args] of step.commands) {
    const code = host.run(command as string, args);
    if (code !== 0) {
      host.say({ code: 'setup/step-failed', params: { what: 'browser', command: [command, ...args].join(' '), exit: String(code), line: step.line } });
      return 1;
    }
  }
  const installed = await find().catch(() => undefined);
  if (!installed) {
    host.say({ code: 'setup/not-found-after', params: { what: 'browser' } });
    return 1;
  }
  host.say({ code: 'setup/browser', params: { name: installed.name, executable: installed.executable } });
  return 0;
}
