import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/i18n/index.js';
import { setupTestTools, testToolsNeed } from '../../src/workflow/setup-test-tools.js';
import type { SetupHost } from '../../src/workflow/setup-browser.js';

/** A Debian machine whose tools appear once apt-get has installed their packages. */
function machine(over: Partial<SetupHost> & { have?: string[] } = {}): Omit<SetupHost, 'find'> & { ran: string[]; said: string[] } {
  const ran: string[] = [];
  const said: string[] = [];
  const have = new Set(['apt-get', ...(over.have ?? [])]);
  return {
    platform: 'linux',
    env: {},
    isRoot: true,
    osRelease: 'ID=debian\n',
    hasCommand: (c) => have.has(c),
    run: (c, args) => {
      ran.push([c, ...args].join(' '));
      if (c === 'apt-get' && args[0] === 'install') {
        if (args.includes('poppler-utils')) have.add('pdftotext');
        if (args.includes('qpdf')) have.add('qpdf');
      }
      return 0;
    },
    // What the set-up says, worded as scripts/setup.mjs words it (here in English): the message, then its hint.
    say: (note) => said.push(...Object.values(describeFailure(note, 'en'))),
    ...over,
    ran,
    said,
  };
}

describe('npm run setup: the tools npm test reads PDFs with', () => {
  it('installs poppler-utils and qpdf with apt-get as root on a fresh Debian', () => {
    const m = machine();
    expect(setupTestTools(m)).toBe(true);
    expect(m.ran).toEqual(['apt-get update', 'apt-get install -y --no-install-recommends poppler-utils qpdf']);
    expect(m.said.at(-1)).toBe('✓ test tools: pdftotext, qpdf');
  });

  it('installs only what is missing, and nothing when all is there', () => {
    const some = machine({ have: ['pdftotext'] });
    expect(setupTestTools(some)).toBe(true);
    expect(some.ran.at(-1)).toBe('apt-get install -y --no-install-recommends qpdf');
    const all = machine({ have: ['pdftotext', 'qpdf'] });
    expect(setupTestTools(all)).toBe(true);
    expect(all.ran).toEqual([]);
  });

  it('never fails the set-up: without root it says the line and installs nothing', () => {
    const m = machine({ isRoot: false });
    expect(setupTestTools(m)).toBe(false);
    expect(m.ran).toEqual([]);
    expect(m.said.join('\n')).toContain('run: sudo apt-get install -y --no-install-recommends poppler-utils qpdf');
  });

  it('says each system’s line: Homebrew on macOS (not as root), dnf, pacman, and the packages on Windows', () => {
    const has =
      (...c: string[]) =>
      (x: string) =>
        c.includes(x);
    expect(testToolsNeed({ platform: 'darwin', hasCommand: has('brew') })?.line).toBe('brew install poppler qpdf');
    expect(testToolsNeed({ platform: 'linux', hasCommand: has('dnf') })?.line).toBe('sudo dnf install -y poppler-utils qpdf');
    expect(testToolsNeed({ platform: 'linux', hasCommand: has('pacman', 'qpdf') })).toEqual({ tools: ['pdftotext'], packages: ['poppler'], line: 'sudo pacman -S --noconfirm poppler' });
    expect(testToolsNeed({ platform: 'win32', hasCommand: has() })).toEqual({ tools: ['pdftotext', 'qpdf'], packages: ['poppler-utils', 'qpdf'] });
    expect(testToolsNeed({ platform: 'linux', hasCommand: has('pdftotext', 'qpdf') })).toBeUndefined();
  });

  it('words what it says in the run’s language: a system without a package manager gets the packages to install', () => {
    const m = machine({ platform: 'win32', isRoot: false, have: [] });
    expect(setupTestTools(m)).toBe(false);
    expect(m.said.join('\n')).toContain('For the tests, install poppler-utils and qpdf');
    const notes: Parameters<typeof m.say>[0][] = [];
    setupTestTools({ ...m, say: (n) => notes.push(n) });
    expect(describeFailure(notes[0]!, 'sv').message).toBe('! npm test läser PDF:erna med pdftotext och qpdf, som inte finns på den här datorn (byggen behöver dem inte).');
    expect(describeFailure(notes[0]!, 'nb').hint).toContain('For testene, installer poppler-utils og qpdf');
  });

  it('stops with the line when apt-get fails, and does not claim success', () => {
    const m = machine({ run: () => 100 });
    expect(setupTestTools(m)).toBe(false);
    expect(m.said.at(-1)).toMatch(/apt-get update failed \(exit 100\)/);
  });
});
