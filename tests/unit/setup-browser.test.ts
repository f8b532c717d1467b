import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/i18n/index.js';
import { RunError } from '../../src/errors/run-error.js';
import type { FoundBrowser } from '../../src/pdf/find-browser.js';
import { installStep, setupBrowser, type SetupHost } from '../../src/workflow/setup-browser.js';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const chromium: FoundBrowser = { executable: '/usr/bin/chromium', name: 'Chromium', source: 'system' };
const none = (): Promise<FoundBrowser> => Promise.reject(new RunError('pdf/no-browser', { kind: 'given', source: 'PUPPETEER_EXECUTABLE_PATH', file: '/nope' }));

/** A machine whose browser appears once its install command has run. */
function machine(over: Partial<SetupHost> & { installs?: string }): SetupHost & { ran: string[]; said: string[] } {
  const ran: string[] = [];
  const said: string[] = [];
  let installed = false;
  return {
    platform: 'linux',
    env: {},
    isRoot: true,
    osRelease: DEBIAN,
    hasCommand: (c) => ['apt-get', 'snap'].includes(c),
    run: (c, args) => {
      ran.push([c, ...args].join(' '));
      if ([c, ...args].join(' ') === over.installs) installed = true;
      return 0;
    },
    // What the set-up says, worded as scripts/setup.mjs words it (here in English): the message, then its hint.
    say: (note) => said.push(...Object.values(describeFailure(note, 'en'))),
    find: () => (installed ? Promise.resolve(chromium) : none()),
    ...over,
    ran,
    said,
  };
}

describe('npm run setup', () => {
  it('does nothing when a browser is there', async () => {
    const m = machine({ find: () => Promise.resolve(chromium) });
    expect(await setupBrowser(m)).toBe(0);
    expect(m.ran).toEqual([]);
    expect(m.said).toEqual(['✓ browser: Chromium, /usr/bin/chromium']);
  });

  it('installs Debian’s chromium with apt-get as root, then finds it', async () => {
    const m = machine({ installs: 'apt-get install -y --no-install-recommends chromium' });
    expect(await setupBrowser(m)).toBe(0);
    expect(m.ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends chromium']);
    expect(m.said.at(-1)).toBe('✓ browser: Chromium, /usr/bin/chromium');
  });

  it('says the one line to run when it may not install (not root), and exits 1', async () => {
    const m = machine({ isRoot: false });
    expect(await setupBrowser(m)).toBe(1);
    expect(m.ran).toEqual([]);
    expect(m.said.join('\n')).toContain('Run: sudo apt-get install -y chromium');
  });

  it('stops with the line when the install fails', async () => {
    const m = machine({ run: (c) => (c === 'apt-get' ? 100 : 0) });
    expect(await setupBrowser(m)).toBe(1);
    expect(m.said.at(-1)).toMatch(/apt-get update failed \(exit 100\).*sudo apt-get install -y chromium/);
  });

  it('knows each system’s package: Ubuntu’s snap, Fedora, Arch, macOS and Windows lines', () => {
    const has =
      (...cmds: string[]) =>
      (c: string) =>
        cmds.includes(c);
    expect(installStep({ platform: 'linux', osRelease: UBUNTU, hasCommand: has('apt-get', 'snap'), env: {} })).toEqual({
      commands: [['snap', 'install', 'chromium']],
      line: 'sudo snap install chromium',
    });
    expect(installStep({ platform: 'linux', osRelease: 'ID=fedora\n', hasCommand: has('dnf'), env: {} }).line).toBe('sudo dnf install -y chromium');
    expect(installStep({ platform: 'linux', osRelease: 'ID=arch\n', hasCommand: has('pacman'), env: {} }).line).toBe('sudo pacman -S chromium');
    // No package of the system's own: the words for the platform say what to do (the next test).
    expect(installStep({ platform: 'darwin', osRelease: '', hasCommand: has(), env: {} })).toEqual({});
    expect(installStep({ platform: 'win32', osRelease: '', hasCommand: has(), env: {} })).toEqual({});
  });

  it('never installs on macOS or Windows: it says the line', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const m = machine({ platform });
      expect(await setupBrowser(m)).toBe(1);
      expect(m.ran).toEqual([]);
      expect(m.said.join('\n')).toMatch(platform === 'win32' ? /winget install/ : /brew install/);
    }
  });

  it('says it in the language scripts/setup.mjs words it in', async () => {
    const notes: Parameters<SetupHost['say']>[0][] = [];
    const m = machine({ isRoot: false });
    expect(await setupBrowser({ ...m, say: (n) => notes.push(n) })).toBe(1);
    const sv = describeFailure(notes[0]!, 'sv');
    expect(sv.message).toMatch(/^✗ Ingen Chrome, Edge, Chromium eller Brave på den här datorn/);
    expect(sv.hint).toMatch(/^Kör: sudo apt-get install -y chromium, och bygg sedan igen/);
    expect(describeFailure(notes[0]!, 'nb').hint).toMatch(/^Kjør: sudo apt-get install -y chromium/);
  });

  it('lets a wrong PUPPETEER_EXECUTABLE_PATH through as the error it is', async () => {
    const m = machine({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope' } });
    await expect(setupBrowser(m)).rejects.toThrow('/nope');
    expect(m.ran).toEqual([]);
  });
});
