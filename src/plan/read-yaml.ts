import type { Document, YAMLMap } from 'yaml';
import { diagnostic, FILE_START, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { MAX_ALIAS_COUNT } from './limits.js';
import type { SourceMap } from './source-map.js';
import { YamlLocator } from './yaml-locator.js';
import { englishOf, findMistakes, type YamlMistake } from './yaml-mistakes.js';
import { yamlModule } from './yaml-module.js';

export interface YamlRead {
  /** `undefined` when the text could not be read. */
  data: unknown;
  locator: YamlLocator;
  /** Syntax errors, duplicate keys, keys that are lists or mappings, alias limits; yaml's warnings. */
  diagnostics: Diagnostic[];
}

/**
 * Reads any YAML text with the `yaml` package and words every problem in it. POSITIONS turns
 * offsets into lines and columns.
 */
export function readWithYaml(text: string, file: string, positions: SourceMap): YamlRead {
  const { parseDocument } = yamlModule();
  // yaml's own unique-key check compares each key with every earlier one (quadratic: 32 000 keys
  // took 50 s); duplicateKeys below does the same check with a set.
  // Lines are counted from the text, not by the parser: after a syntax error the parser skips
  // the newlines inside the tokens it gives up on, which put later positions past their line's end.
  // logLevel error: yaml's warnings would go to process.emitWarning, i.e. the user's terminal.
  const parse = (t: string) => parseDocument(t, { uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  const doc = parse(text);
  // A syntax error: the mistakes a person made, one finding each (yaml-mistakes.ts), not the parser's follow-on errors.
  const duplicates = doc.errors.length ? [] : [...duplicateKeys(doc), ...yamlVersion(doc, text)];
  const syntax = doc.errors.filter((e) => e.code !== 'MULTIPLE_DOCS' && e.code !== 'BAD_ALIAS' && e.code !== 'ALIAS_PROPS');
  const toParserError = (e: { code: string; pos: [number, number] }) => ({ code: e.code, offset: e.pos[0] });
  const mistakes = syntax.length ? findMistakes(text, syntax.map(toParserError), (t) => parse(t).errors.map(toParserError)) : [];
  const diagnostics: Diagnostic[] = [
    ...[...doc.errors.filter((e) => !syntax.includes(e)), ...duplicates]
      .sort((a, b) => a.pos[0] - b.pos[0])
      .map((e) => (e.code === 'NO_DASH' ? noDashDiagnostic(file, positions, text, e) : yamlDiagnostic(file, positions, e, 'error'))),
    ...mistakes.map((m) => mistakeDiagnostic(file, m)),
    ...doc.warnings.map((e) => (e.code === 'TAG_RESOLVE_FAILED' ? tagDiagnostic(file, positions, text, e) : yamlDiagnostic(file, positions, e, 'warning'))),
  ];
  let data: unknown;
  if (!doc.errors.length && !duplicates.length && !diagnostics.some((d) => d.severity === 'error')) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const aliasBomb = /alias/i.test(String((e as Error).message));
      diagnostics.push(
        diagnostic(
          file,
          aliasBomb ? firstAlias(doc, positions) : FILE_START,
          'error',
          aliasBomb ? 'yaml/alias-limit' : 'yaml/syntax',
          aliasBomb ? `The plan expands aliases more than ${MAX_ALIAS_COUNT} times.` : `The YAML could not be read: ${(e as Error).message}`,
          aliasBomb ? 'Write the values out instead of repeating them through aliases (*name).' : undefined,
        ),
      );
    }
  }
  return { data, locator: new YamlLocator(doc), diagnostics };
}

/** Where the first alias (*name) stands: the place to start undoing an alias bomb. */
function firstAlias(doc: Document, map: SourceMap): Range {
  const { visit } = yamlModule();
  let range: Range = FILE_START;
  visit(doc, {
    Alias(_key, node) {
      const [start, end] = node.range ?? [0, 0];
      range = map.rangeFromOffsets(start, end);
      return visit.BREAK;
    },
  });
  return range;
}

/**
 * A second key equal to an earlier one in the same mapping (as yaml's uniqueKeys, in linear time),
 * and keys that are lists or mappings (which the plain JavaScript value would turn into text).
 */
function duplicateKeys(doc: Document): YamlProblem[] {
  const { isCollection, isMap, isPair, isScalar, isSeq } = yamlModule();
  const found: YamlProblem[] = [];
  // A plain recursive walk in yaml's visit order (a mapping, then each key and value; a list's
  // items): visit() cost three times as much, and lint reads hundreds of plans.
  const walk = (node: unknown, inList = false): void => {
    if (isMap(node)) {
      checkMap(node, inList);
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, true);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  const checkMap = (node: YAMLMap, inList: boolean): void => {
    const seen = new Set<unknown>();
    const repeated: { value: unknown; start: number; length: number }[] = [];
    for (const pair of node.items) {
      // A list or mapping as a key ("? [a]", "{a: 1}: x") has no place in a plan.
      if (isCollection(pair.key)) {
        const [start, end] = pair.key.range ?? [0, 0];
        found.push({ code: 'BAD_KEY', message: 'A key must be a name, not a list or mapping', pos: [start, Math.max(start + 1, Math.min(end, start + 80))] });
        continue;
      }
      // Only scalar keys can be equal: yaml compares other keys by identity.
      if (!isScalar(pair.key)) continue;
      // `<<` merges a mapping into this one in YAML 1.1 (`%YAML 1.1`, or another tool's reader): the
      // plan would mean different things to different readers, so a plain `<<` key is never read.
      if (pair.key.type === 'PLAIN' && (pair.key.source === '<<' || typeof pair.key.value === 'symbol')) {
        const start = pair.key.range?.[0] ?? 0;
        found.push({ code: 'MERGE_KEY', message: 'Merge keys (<<) are not read in a plan', pos: [start, start + 2] });
        continue;
      }
      const value = pair.key.value;
      if (seen.has(value)) repeated.push({ value, start: pair.key.range?.[0] ?? 0, length: String(pair.key.source ?? value).length });
      else seen.add(value);
    }
    if (!repeated.length) return;
    // A list item whose first key comes again, or with several keys again: the next item's dash is
    // missing there, and its keys joined this one. One mistake, said at the line that lacks the dash.
    const first = isScalar(node.items[0]?.key) ? node.items[0].key.value : undefined;
    const again = repeated.find((r) => r.value === first) ?? (repeated.length > 1 ? repeated[0] : undefined);
    if (inList && again) {
      found.push({ code: 'NO_DASH', message: 'This list item has no dash', pos: [again.start, again.start + again.length], params: { key: String(again.value) } });
      return;
    }
    for (const r of repeated) found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [r.start, r.start + 1] });
  };
  walk(doc.contents);
  return found;
}

/**
 * A `%YAML` directive other than 1.2 switches the yaml package to another schema (1.1: merge keys,
 * `yes`/`no` as booleans, sexagesimal numbers), where the editor's schema check reads YAML 1.2.
 */
function yamlVersion(doc: Document, text: string): YamlProblem[] {
  const version = doc.directives?.yaml;
  if (!version?.explicit || version.version === '1.2') return [];
  const at = /^%YAML\b/m.exec(text)?.index ?? 0;
  const end = text.indexOf('\n', at);
  return [{ code: 'YAML_VERSION', message: `%YAML ${version.version}: plans are YAML 1.2`, pos: [at, end === -1 ? text.length : end], params: { version: version.version } }];
}

/** A problem yaml reports, or one of ours in the same shape. */
type YamlProblem = { code: string; message: string; pos: [number, number]; params?: Record<string, string> };

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab-indent',
  MULTIPLE_DOCS: 'yaml/multiple-documents',
  ALIAS_PROPS: 'yaml/alias',
  BAD_ALIAS: 'yaml/alias',
  MERGE_KEY: 'yaml/merge-key',
  YAML_VERSION: 'yaml/version',
};

function yamlDiagnostic(file: string, map: SourceMap, e: YamlProblem, severity: 'error' | 'warning'): Diagnostic {
  const [start, end] = e.pos;
  const ruleId = YAML_RULES[e.code] ?? 'yaml/syntax';
  const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const d = diagnostic(file, map.rangeFromOffsets(start, end), severity, ruleId, message, YAML_HINTS[ruleId]);
  if (e.params) d.params = e.params;
  return d;
}

const YAML_HINTS: Record<string, string> = {
  'yaml/duplicate-key': 'Each key may appear once in a mapping; remove or rename one of them.',
  'yaml/tab-indent': 'Indent with spaces, not tabs.',
  'yaml/multiple-documents': 'A plan file holds one document: remove the `---` line, or split the file.',
};

function mistakeDiagnostic(file: string, m: YamlMistake): Diagnostic {
  const d = diagnostic(file, m.range, 'error', m.kind === 'tab' ? 'yaml/tab-indent' : 'yaml/syntax', englishOf(m));
  d.params = { kind: m.kind, ...m.params };
  if (m.fix) d.fix = m.fix;
  return d;
}

/** The key where a list item lacks its dash; the fix puts `- ` in the two spaces before the key. */
function noDashDiagnostic(file: string, map: SourceMap, text: string, e: YamlProblem): Diagnostic {
  const [start, end] = e.pos;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const value = text.slice(start, lineEnd === -1 ? text.length : lineEnd).trim();
  const m: YamlMistake = { kind: 'no-dash', range: map.rangeFromOffsets(start, end), params: { key: e.params?.['key'] ?? '', value } };
  if (start - lineStart >= 2 && text.slice(start - 2, start) === '  ') m.fix = { range: map.rangeFromOffsets(start - 2, start), text: '- ' };
  return mistakeDiagnostic(file, m);
}

/** `!!js/function`, `!foo`: a tag studyplan does not read is an error, worded as such (never run, never guessed). */
function tagDiagnostic(file: string, map: SourceMap, text: string, e: YamlProblem): Diagnostic {
  const [start, end] = e.pos;
  const tag = /^!\S*/.exec(text.slice(start, end))?.[0] ?? e.message.replace(/^Unresolved tag: /, '');
  const d = diagnostic(file, map.rangeFromOffsets(start, start + tag.length), 'error', 'yaml/unresolved-tag', `Unknown YAML tag ${tag}; plans use no tags.`);
  d.params = { tag };
  d.fix = { range: map.rangeFromOffsets(start, start + tag.length + (text[start + tag.length] === ' ' ? 1 : 0)), text: '' };
  return d;
}
