import { describeFailure } from '../i18n/index.js';
import { discoverBrowser, type FoundBrowser } from '../pdf/find-browser.js';
import { isRunError } from '../errors/run-error.js';

/**
 * `npm run setup`: makes sure a browser to print PDFs with is on the machine. It finds one as the
 * build does (Chrome, Edge, Chromium, Brave); when there is none, it installs the system's own
 * package where it may (Debian as root: apt-get install chromium) and otherwise says the one
 * line to run. Nothing is downloaded from anywhere but the system's package manager.
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
  log(line: string): void;
  find?(): Promise<FoundBrowser>;
}

export interface InstallStep {
  /** What to run when this process may (root), each command in turn. */
  commands?: string[][];
  /** The one line for the user to run otherwise. */
  line: string;
}

/** How this system gets a browser from its own packages. */
export function installStep(host: Pick<SetupHost, 'platform' | 'osRelease' | 'hasCommand' | 'env'>): InstallStep {
  if (host.platform !== 'linux') return { line: installHint(host.platform) };
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
  return { line: installHint('linux') };
}

/** 0 when a browser is there (found, or installed now); 1 with the line to run when not. */
export async function setupBrowser(host: SetupHost): Promise<number> {
  const find = host.find ?? (() => discoverBrowser({ env: host.env }));
  const found = await find().catch((e: unknown) => (isRunError(e) && e.code === 'pdf/no-browser' && !host.env['PUPPETEER_EXECUTABLE_PATH'] ? undefined : Promise.reject(e)));
  if (found) {
    host.log(`✓ browser: ${found.name}, ${found.executable}`);
    return 0;
  }
  const step = installStep(host);
  if (!step.commands || !host.isRoot) {
    host.log('✗ No Chrome, Edge, Chromium or Brave on this machine; PDFs need one (HTML does not).');
    host.log(`  Run: ${step.line}`);
    host.log('  then build again. Or name a browser with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.');
    return 1;
  }
  host.log(`No browser found: installing the system's Chromium (${step.commands.map((c) => c.join(' ')).join('; ')})`);
  for (const [command, ...args] of step.commands) {
    const code = host.run(command as string, args);
    if (code !== 0) {
      host.log(`✗ ${[command, ...args].join(' ')} failed (exit ${code}). Run it yourself: ${step.line}`);
      return 1;
    }
  }
  const installed = await find().catch(() => undefined);
  if (!installed) {
    host.log(`✗ Installed, but no browser is found at the usual places. Name it with --chrome PATH.`);
    return 1;
  }
  host.log(`✓ browser: ${installed.name}, ${installed.executable}`);
  return 0;
}

/** The one line that gets a browser on this kind of machine: the hint of a missing browser, in the setup script's English. */
function installHint(platform: NodeJS.Platform): string {
  return describeFailure({ code: 'pdf/no-browser', params: { kind: 'none', platform } }, 'en').hint ?? '';
}
