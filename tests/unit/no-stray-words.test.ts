import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, words } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

/**
 * No user-facing text is written outside the catalogues (src/i18n/): in the command layer, the
 * texts given to the output functions (io.stdout, io.stderr), to commander (descriptions, option
 * and argument help, help text) and to errors are catalogue words, not string literals.
 */
const files = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

/** The text of a call's arguments, from its opening parenthesis to the matching one. */
function argumentsOf(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The top-level arguments of a call's argument text. */
function split(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(from, i));
      from = i + 1;
    }
  }
  out.push(args.slice(from));
  return out.map((a) => a.trim());
}

/** The text of an argument that is a string literal (a template literal without its ${…} parts). */
function literal(arg: string | undefined): string | undefined {
  let text = /^(['"`])([\s\S]*)\1$/.exec(arg ?? '')?.[2];
  // ${…} parts, nested ones first, are values, not words.
  while (text !== undefined && /\$\{[^{}]*\}/.test(text)) text = text.replace(/\$\{[^{}]*\}/g, ' ');
  return text;
}

/** The word-holding literals among the arguments that carry text: all, or (for options) the description only. */
function wordy(args: string, descriptionOnly: boolean): string[] {
  const parts = split(args);
  const texts = (descriptionOnly ? [parts[1]] : parts).map(literal).filter((s): s is string => s !== undefined);
  return texts.filter((s) => /[A-Za-zÅÄÖåäöÆØæø]{3,}/.test(s.replace(/studyplan|--?[\w-]+|<[^>]*>|\[[^\]]*\]|\\x1b\[\d+m|https?:\/\/\S+/g, '')));
}

const CALLS: [RegExp, boolean][] = [
  [/\bio\.(?:stdout|stderr)\(/g, false],
  [/\.description\(/g, false],
  [/\.addHelpText\(/g, true],
  [/\.(?:option|argument|requiredOption)\(/g, true],
  [/new Option\(/g, true],
  [/new InvalidArgumentError\(/g, false],
];

describe('no user-facing string outside the catalogues', () => {
  test.each(files('src/cli'))('%s', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const stray: string[] = [];
    for (const [call, skipFirst] of CALLS) {
      for (const m of text.matchAll(call)) {
        const args = argumentsOf(text, m.index! + m[0].length - 1);
        for (const s of wordy(args, skipFirst)) stray.push(`${m[0]} ${JSON.stringify(s)}`);
      }
    }
    expect(stray).toEqual([]);
  });

  test('every RunError that carries its values has words for them in every language', () => {
    const codes = new Set<string>();
    for (const file of files('src')) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/new RunError\(/g)) {
        const args = argumentsOf(text, m.index! + m[0].length - 1);
        const code = /'([a-z]+\/[a-z-]+)',\s*\{/.exec(args)?.[1];
        if (code) codes.add(code);
      }
    }
    expect(codes.size).toBeGreaterThan(20);
    for (const lang of LANGS) {
      for (const code of codes) expect((words(lang).errors as Record<string, unknown>)[code], `${lang} ${code}`).toBeTypeOf('function');
    }
  });
});
