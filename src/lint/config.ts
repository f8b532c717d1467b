import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { diagnostic, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { contrastWithWhite, MIN_CONTRAST } from '../brand/colour.js';
import { RunError } from '../errors/run-error.js';
import { parsePlan } from '../plan/load.js';
import { findConfigFile } from '../workflow/project-config.js';
import { didYouMean } from './did-you-mean.js';
import { format } from './format.js';
import type { LintLang } from './lang.js';
import { ruleById, rules } from './registry.js';
import { explainSchemaErrors } from './schema/explain.js';
import { configSchema } from './schema/validator.js';

export type RuleLevel = Severity | 'off';

export interface LintOverride {
  files: string[];
  rules: Record<string, RuleLevel>;
}

/** The lint part of studyplan.config.yaml: severities for all plans, and per file pattern. */
export interface LintConfig {
  /** The config file, when one was read. */
  file?: string;
  /** The folder `overrides` patterns are relative to (the config file's). */
  dir?: string;
  rules: Record<string, RuleLevel>;
  overrides: LintOverride[];
  /** Findings in the config file itself (a brand colour too light for white text), with its text for the code frame. */
  own?: { text: string; diagnostics: Diagnostic[] };
}

export const EMPTY_CONFIG: LintConfig = { rules: {}, overrides: [] };

/**
 * Reads studyplan.config.yaml (FILE, or the one found from CWD upwards) and checks all of it,
 * the build settings included, against schemas/studyplan.config.schema.json. No config: defaults.
 * An unreadable or invalid config, or an unknown rule id, is a RunError naming line and column.
 */
export async function loadLintConfig(cwd: string, file?: string, lang: LintLang = 'en'): Promise<LintConfig> {
  const found = file ? path.resolve(cwd, file) : findConfigFile(cwd);
  if (!found) return EMPTY_CONFIG;
  const shown = path.relative(cwd, found) || found;
  let bytes: Buffer;
  try {
    bytes = await readFile(found);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RunError(`${shown}: ${code === 'ENOENT' ? 'no such config file' : `cannot be read (${code ?? (e as Error).message})`}`, file ? 'Check the --config path.' : undefined, 'config/read');
  }
  const loaded = parsePlan(bytes, shown);
  const problem = (line: number, column: number, message: string, hint?: string) => new RunError(`${shown}:${line}:${column}: ${message}`, hint, 'config/invalid');
  const first = loaded.diagnostics.find((d) => d.severity === 'error' && d.ruleId !== 'plan/empty');
  if (first) throw problem(first.line, first.column, first.message, first.hint);
  const data = loaded.data ?? {};
  const findings = explainSchemaErrors(data, configSchema(), loaded.sourceMap);
  if (findings.length) {
    const f = findings[0]!;
    const { message, hint } = format(f, lang);
    throw problem(f.range.start.line, f.range.start.column, message, hint ?? `See schemas/studyplan.config.schema.json for the keys.`);
  }
  const config = data as { rules?: Record<string, RuleLevel>; overrides?: { files: string | string[]; rules: Record<string, RuleLevel> }[] };
  const known = rules.map((r) => r.id);
  const checkIds = (levels: Record<string, RuleLevel> | undefined, at: (string | number)[]) => {
    for (const id of Object.keys(levels ?? {})) {
      if (ruleById.has(id)) continue;
      const { start } = loaded.sourceMap.rangeOf([...at, id], 'key');
      const suggestion = didYouMean(id, known);
      throw problem(start.line, start.column, `unknown rule ${id}${suggestion ? `; did you mean ${suggestion}?` : ''}`, 'The rules are listed in docs/lint.md and by `studyplan lint --format sarif`.');
    }
  };
  checkIds(config.rules, ['rules']);
  (config.overrides ?? []).forEach((o, i) => checkIds(o.rules, ['overrides', i, 'rules']));
  const own = brandColourFindings(data as Record<string, unknown>, loaded.sourceMap, shown, config.rules?.['plan/brand-contrast'] ?? 'warning', lang);
  return {
    ...(own.length ? { own: { text: bytes.toString('utf8'), diagnostics: own } } : {}),
    file: found,
    dir: path.dirname(found),
    rules: { ...config.rules },
    overrides: (config.overrides ?? []).map((o) => ({ files: typeof o.files === 'string' ? [o.files] : [...o.files], rules: { ...o.rules } })),
  };
}

const matchers = new WeakMap<LintOverride, (p: string) => boolean>();

/**
 * The severity of a rule for a plan file: the rule's default, then `rules:`, then each matching
 * override in order (a later one wins), as ESLint applies its overrides.
 */
export function levelFor(config: LintConfig, ruleId: string, file: string, fallback: Severity, cwd = process.cwd()): RuleLevel {
  let level: RuleLevel = config.rules[ruleId] ?? fallback;
  if (!config.overrides.length) return level;
  const rel = path.relative(config.dir ?? cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  for (const o of config.overrides) {
    if (!(ruleId in o.rules)) continue;
    let match = matchers.get(o);
    if (!match) {
      match = picomatch(o.files, { dot: true });
      matchers.set(o, match);
    }
    if (match(rel)) level = o.rules[ruleId]!;
  }
  return level;
}

/** The config's brand.color, checked as the plan rule plan/brand-contrast checks a plan's own. */
function brandColourFindings(data: Record<string, unknown>, map: ReturnType<typeof parsePlan>['sourceMap'], shown: string, level: RuleLevel, lang: LintLang): Diagnostic[] {
  const color = (data['brand'] as Record<string, unknown> | undefined)?.['color'];
  if (level === 'off' || typeof color !== 'string') return [];
  const ratio = contrastWithWhite(color);
  if (ratio === undefined || ratio >= MIN_CONTRAST) return [];
  const range = map.rangeOf(['brand', 'color']);
  const { message, hint } = format({ ruleId: 'plan/brand-contrast', range, params: { color, ratio: ratio.toFixed(1), min: MIN_CONTRAST } }, lang);
  return [diagnostic(shown, range, level, 'plan/brand-contrast', message, hint)];
}
