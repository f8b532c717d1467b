import path from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

export type RuleLevel = Severity | 'off';

export interface LintOverride {
  files: string[];
  rules: Record<string, RuleLevel>;
}

/** The lint part of studyplan.config.yaml (read by src/project/): severities for all plans, and per file pattern. */
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

const matchers = new WeakMap<LintOverride, (p: string) => boolean>();

/**
 * The severity of a rule for a plan file: the rule's default, then `rules:`, then each matching
 * override in order (a later one wins), as ESLint applies its overrides.
 */
export function levelFor(config: LintConfig, ruleId: string, file: string, fallback: Severity, cwd = process.cwd()): RuleLevel {
  let level: RuleLevel = config.rules[ruleId] ?? fallback;
  if (!config.overrides.length) return level;
  const rel = path
    .relative(config.dir ?? cwd, path.resolve(cwd, file))
    .split(path.sep)
    .join('/');
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
