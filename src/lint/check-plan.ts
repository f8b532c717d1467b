import type { Lang } from '../i18n/lang.js';
import { compareDiagnostics, diagnostic, type Diagnostic, type Position, type Range } from '../diagnostics/diagnostic.js';
import type { LoadedPlan } from '../plan/load.js';
import { EMPTY_CONFIG, levelFor, type LintConfig } from './config.js';
import type { Finding } from './finding.js';
import { fixOf } from './fixes.js';
import { childrenNotIndented } from './not-indented.js';
import { loaderFinding } from './loader-finding.js';
import { oneFindingPerProblem } from './one-finding.js';
import { checkPlanAssets, type AssetPlaces, type PlanAssets } from './plan-assets.js';
import { format } from './format.js';
import { ruleById, rules } from './registry.js';
import { planRules } from './rules/index.js';
import type { RuleContext } from './rules/types.js';
import { mappingsReader } from './rules/walk.js';
import { inferYears } from '../plan/year-less.js';
import { explainSchemaErrors } from './schema/explain.js';
import { planSchema } from './schema/validator.js';
import { applySuppressions } from './suppress.js';
import { withWrittenValue } from './written-values.js';

export interface LintOptions {
  lang?: Lang;
  config?: LintConfig;
  /** The folder a relative `loaded.file` is relative to, for the config's file patterns (default: process.cwd()). */
  cwd?: string;
  /** Where the plan's pictures are: with it, each is loaded and checked (plan/image-file); without it, none is read. */
  assets?: AssetPlaces;
}

/**
 * All checks for one loaded plan: what the loader found (YAML, encoding, limits), the schema,
 * and the rules beyond it; then the config's severities and the suppression comments. Never
 * throws for anything a user can write. Sorted by position.
 */
export function checkPlan(loaded: LoadedPlan, options: LintOptions = {}): Diagnostic[] {
  return checkPlanWithAssets(loaded, options).diagnostics;
}

/** checkPlan, and the pictures it loaded (options.assets) for the page: what a build renders from. */
export function checkPlanWithAssets(loaded: LoadedPlan, options: LintOptions = {}): { diagnostics: Diagnostic[]; assets: PlanAssets } {
  let assets: PlanAssets = { images: new Map(), brand: {} };
  const lang = options.lang ?? 'en';
  const config = options.config ?? EMPTY_CONFIG;
  let findings: Finding[] = loaded.diagnostics.map((d) => loaderFinding(d, loaded.text));
  const readable = !loaded.diagnostics.some((d) => d.severity === 'error') && loaded.data !== undefined && loaded.data !== null;
  if (readable) {
    const schemaFindings = explainSchemaErrors(loaded.data, planSchema(), loaded.sourceMap);
    const source = (r: Range) => (r.start.line === r.end.line ? loaded.text.slice(offsetIn(loaded, r.start), offsetIn(loaded, r.end)) : undefined);
    // Appended one by one: spreading hundreds of thousands of findings overflows the call stack.
    for (const f of schemaFindings) findings.push(withWrittenValue(f, source));
    if (loaded.data !== null && typeof loaded.data === 'object' && !Array.isArray(loaded.data)) {
      for (const f of runRules(loaded, loaded.data as Record<string, unknown>, schemaFindings.length === 0)) findings.push(f);
    }
    if (schemaFindings.length) findings = childrenNotIndented(findings, loaded.text.split('\n'));
    if (options.assets) {
      const checked = checkPlanAssets(loaded.data, loaded.sourceMap, options.assets);
      for (const f of checked.findings) findings.push(f);
      assets = checked.assets;
    }
    findings = oneFindingPerProblem(findings);
  }
  const diagnostics: Diagnostic[] = [];
  for (const f of findings) {
    const d = toDiagnostic(loaded, f, config, lang, options.cwd);
    if (d) diagnostics.push(d);
  }
  const { kept, findings: directiveFindings } = applySuppressions(diagnostics, loaded.text, ids());
  for (const f of directiveFindings) {
    const d = toDiagnostic(loaded, f, config, lang, options.cwd);
    if (d) kept.push(d);
  }
  return { diagnostics: kept.sort(compareDiagnostics), assets };
}

let ruleIds: string[] | undefined;
const ids = () => (ruleIds ??= rules.map((r) => r.id));

function toDiagnostic(loaded: LoadedPlan, f: Finding, config: LintConfig, lang: Lang, cwd?: string): Diagnostic | undefined {
  const file = loaded.file;
  const fallback = f.severity ?? ruleById.get(f.ruleId)?.severity ?? 'error';
  const level = levelFor(config, f.ruleId, file, fallback, cwd);
  if (level === 'off') return undefined;
  const { message, hint } = format(f, lang);
  const d = diagnostic(file, f.range, level, f.ruleId, message, hint);
  const fix = fixOf(f, loaded.text, (p) => offsetIn(loaded, p));
  if (fix) d.fix = fix;
  return d;
}

/** The place of `needle` inside RANGE of the text, or RANGE when the source does not have it verbatim. */
function narrow(loaded: LoadedPlan, range: Range, needle: string): Range {
  const starts = lineStarts(loaded);
  const offset = (p: { line: number; column: number }) => (starts[p.line - 1] ?? 0) + p.column - 1;
  const from = offset(range.start);
  const at = loaded.text.slice(from, offset(range.end)).indexOf(needle);
  if (at === -1 || needle.includes('\n')) return range;
  return loaded.sourceMap.rangeFromOffsets(from + at, from + at + needle.length);
}

const offsetIn = (loaded: LoadedPlan, p: Position): number => (lineStarts(loaded)[p.line - 1] ?? 0) + p.column - 1;

const starts = new WeakMap<LoadedPlan, number[]>();
function lineStarts(loaded: LoadedPlan): number[] {
  let found = starts.get(loaded);
  if (!found) {
    found = [0];
    for (let i = loaded.text.indexOf('\n'); i !== -1; i = loaded.text.indexOf('\n', i + 1)) found.push(i + 1);
    starts.set(loaded, found);
  }
  return found;
}

/** The keys the rules read mappings under (Rule.under): one walk of a plan finds them all. */
const UNDER: ReadonlySet<string> = new Set(planRules.flatMap((r) => r.under ?? []));

function runRules(loaded: LoadedPlan, written: Record<string, unknown>, schemaValid: boolean): Finding[] {
  const findings: Finding[] = [];
  // The rules read dates written without a year (`04-25`) with the year their period gives: a
  // copy of the same shape, so every path still points at the plan's text.
  const data = inferYears(written).data;
  const mappingsUnder = mappingsReader(data, UNDER);
  for (const rule of planRules) {
    const ctx: RuleContext = {
      data,
      mappingsUnder,
      map: loaded.sourceMap,
      text: loaded.text,
      schemaValid,
      report: (path, params = {}, part = 'value', needle) => {
        const range = loaded.sourceMap.rangeOf(path, part);
        findings.push({ ruleId: rule.id, range: needle ? narrow(loaded, range, needle) : range, params });
      },
      reportAt: (range, params = {}, fix) => {
        findings.push({ ruleId: rule.id, range, params, ...(fix ? { fix } : {}) });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule meeting a shape the schema already rejected may trip; the schema error says it all.
      if (schemaValid) throw e;
    }
  }
  return findings;
}
