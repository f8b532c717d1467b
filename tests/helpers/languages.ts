import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, runCli, runMain, TEST_LOCALE } from './cli.js';

/**
 * Every command in each language, on a machine whose locale names none (LANG=C.UTF-8): Swedish
 * with no --lang, English with --lang en, Norwegian with --lang nb, Danish with --lang da. What
 * they print must hold no word of another language. The plans' own text is in none of them
 * (tests/fixtures/languages/).
 */
const FIXTURE = path.join(ROOT, 'tests/fixtures/languages');

type Lang = 'sv' | 'en' | 'nb' | 'da';

/**
 * Words only one language has: a Swedish, English, Norwegian or Danish sentence almost always
 * has one. Norwegian and Danish share many words (ikke, og, advarsel, mangler) and letters (æ, ø):
 * their markers are the words they spell apart (feil/fejl, finnes/findes, kjør/kør, endret/ændret).
 */
const MARKERS: Record<Lang, RegExp> = {
  sv: /[äö]|\b(och|inte|är|fel|varning|varningar|finns|skriven|skapade|ändrats|saknas|misslyckades|granskad|byggda|okänd|okänt)\b/giu,
  en: /\b(the|and|is|are|not|of|with|found|cannot|written|checked|built|missing|folder|file|files|error|errors|warning|warnings|changes|created|usage|options|display|command|unknown)\b/giu,
  nb: /\b(feil|finnes|laget|kontrollert|mislyktes|hjelp|ukjent|ukjente|endret|endringer|innstilling\w*|nettleser\w*|kjør\w*|tillatt|gjennom|malen|malens|blitt|ble)\b/giu,
  da: /\b(fejl|findes|fandt|oprettet|oprettede|kontrolleret|mislykkedes|hjælp|ukendt|ukendte|ændret|ændringer|indstilling\w*|skabelon\w*|tilvalg\w*|kør\w*|tilladt|gennem|af)\b/giu,
};
/** What Norwegian and Danish share, and Swedish and English do not have. */
const DANO_NORWEGIAN = /[æø]|\b(ikke|og|advarsel|advarsler|skrevet|mangler|allerede)\b/giu;
const OTHERS = { sv: ['en', 'nb', 'da'], en: ['sv', 'nb', 'da'], nb: ['sv', 'en', 'da'], da: ['sv', 'en', 'nb'] } as const;

/** What is not the tool's words: code frames of the plan, quoted keys and values, paths, rule ids, versions. */
function wordsOnly(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*>?\s*\d+\s*\|/.test(l) && !/^\s*\|/.test(l))
    .join('\n')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\S*[\\/]\S*/g, ' ')
    .replace(/--?[a-z][\w-]*/gi, ' ')
    .replace(/<[^>\n]*>|\[[^\]\n]*\]/g, ' ');
}

function foreign(text: string, lang: Lang): string[] {
  const found: string[] = [];
  const words = wordsOnly(text);
  for (const other of OTHERS[lang]) {
    for (const m of words.matchAll(MARKERS[other])) found.push(`${other}: ${m[0]}`);
  }
  if (lang === 'sv' || lang === 'en') for (const m of words.matchAll(DANO_NORWEGIAN)) found.push(`nb/da: ${m[0]}`);
  return [...new Set(found)];
}

/** The language's own words, the ones it shares with its neighbour too. */
function own(text: string, lang: Lang): RegExpMatchArray | null {
  const words = wordsOnly(text);
  return words.match(MARKERS[lang]) ?? (lang === 'nb' || lang === 'da' ? words.match(DANO_NORWEGIAN) : null);
}

/**
 * The commands the Swedish file runs through the real bin, one of each kind: the bin's start reads
 * the machine's locale (here none of ours, so Swedish) and the process writes through its own
 * stdout and stderr, for a lint with findings (exit 1), a refusal (exit 2), commander's own words
 * (an unknown option, --help) and a build. What a command says does not depend on how main() was
 * started: the rest run in-process, as each spawn costs some 0.4 s of CPU before it does anything.
 */
const BIN_COMMANDS = new Set(['lint of a broken plan', 'lint of a file that is not there', 'an unknown option', 'build', '--help', 'build --help']);

const LANGS = [
  { lang: 'sv', flag: [] as string[] },
  { lang: 'en', flag: ['--lang', 'en'] },
  { lang: 'nb', flag: ['--lang', 'nb'] },
  { lang: 'da', flag: ['--lang', 'da'] },
] as const;

/**
 * The checks for one language (tests/cli/languages-{sv,en,nb,da}.test.ts: one file per language,
 * so they run side by side). Swedish, the default, runs one command of each kind through the real
 * bin (BIN_COMMANDS); every other command, and every command of the other languages, runs the
 * same main() in-process (tests/helpers/cli.ts: runMain).
 */
export function everyCommandIn(lang: Lang, through: 'bin' | 'main' = 'bin'): void {
  const { flag } = LANGS.find((l) => l.lang === lang)!;
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), `studyplan-languages-${lang}-`));
    cpSync(FIXTURE, project, { recursive: true });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  /** Runs a command as a user whose machine has no language of ours; --lang (if any) last. */
  const run = async (name: string, args: string[], flag: readonly string[]) => {
    const bin = through === 'bin' && BIN_COMMANDS.has(name);
    const r = bin ? runCli(project, [...args, ...flag], { LANG: 'C.UTF-8' }) : await runMain(project, [...args, ...flag], { LANG: 'C.UTF-8' });
    return { ...r, all: `${r.stdout}\n${r.stderr}` };
  };

  describe(`in ${lang}`, () => {
    const commands: [string, string[], number][] = [
      ['lint of a broken plan', ['lint', 'broken.yaml'], 1],
      ['lint of a YAML mistake', ['lint', 'syntax.yaml'], 1],
      ['lint of good plans', ['lint'], 0],
      ['lint of a file that is not there', ['lint', 'no-such.yaml'], 2],
      ['lint --max-warnings of a bad number', ['lint', '--max-warnings', 'x'], 2],
      ['an unknown option', ['lint', '--bogus'], 2],
      ['build', ['build', '--format', 'html', '--out', `out-${lang}`], 0],
      ['build again (nothing changed)', ['build', '--format', 'html', '--out', `out-${lang}`], 0],
      ['build with a broken plan', ['build', '--format', 'html', '--out', `out-${lang}`, 'plans', 'broken.yaml'], 1],
      ['build --format of a wrong value', ['build', '--format', 'xml'], 2],
      ['doctor', ['doctor'], 0],
      ['init', ['init', `init-${lang}`], 0],
      ['init where there is a project', ['init', `init-${lang}`], 2],
      ['new', ['new', `plan-${lang}`], 0],
      ['new of a plan that is there', ['new', `plan-${lang}`], 2],
      ['diff', ['diff', 'alpha-old.yaml', 'plans/alpha.yaml'], 0],
      ['diff of a broken plan', ['diff', 'alpha-old.yaml', 'broken.yaml'], 1],
      ['--help', ['--help'], 0],
      ...(['lint', 'build', 'diff', 'init', 'new', 'doctor', 'watch', 'merge', 'lsp'].map((c) => [`${c} --help`, [c, '--help'], 0]) as [string, string[], number][]),
    ];

    test.each(commands)('%s: no word of another language', async (name, args, code) => {
      const r = await run(name, args, flag);
      expect(r.code, r.all).toBe(code);
      expect(r.all.trim(), 'it says something').not.toBe('');
      expect(foreign(r.all, lang), r.all).toEqual([]);
      // The check can fail: the language's own words are there.
      expect(own(r.all, lang), r.all).not.toBeNull();
    });

    test('watch: serving, and stopping, in the language', async () => {
      const child = spawn(process.execPath, [BIN, 'watch', '--port', '0', '--out', `watch-${lang}`, ...flag], {
        cwd: project,
        env: { ...process.env, ...TEST_LOCALE, LANG: 'C.UTF-8', NO_COLOR: '1' },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      const deadline = Date.now() + 20_000;
      while (!/127\.0\.0\.1:\d+/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      const page = url ? await (await fetch(`${url}alpha.html`)).text() : '';
      child.kill('SIGINT');
      await exited;
      expect(url, out).toBeDefined();
      expect(foreign(out, lang), out).toEqual([]);
      expect(own(out, lang), out).not.toBeNull();
      // The error overlay's words are in the page's script, in the language.
      const overlay = /title\.textContent = "([^"]*)"/.exec(page)?.[1] ?? '';
      expect(overlay).not.toBe('');
      expect(foreign(overlay.replace(/studyplan:/, ''), lang), overlay).toEqual([]);
    }, 30_000);
  });
}
