import type { Lang } from '../i18n/lang.js';
import path from 'node:path';
import { BRAND_IMAGE_KEYS, loadBrandImages, type BrandImages } from '../brand/load-brand.js';
import { isImageProblem } from '../assets/load-image.js';
import { contrastWithWhite, MIN_CONTRAST } from '../brand/colour.js';
import { diagnostic, type Diagnostic, type Range, type Severity } from '../diagnostics/diagnostic.js';
import { RunError } from '../errors/run-error.js';
import { parseSite } from '../publish/settings.js';
import type { LintConfig, RuleLevel } from '../lint/config.js';
import { didYouMean } from '../lint/did-you-mean.js';
import type { Finding } from '../lint/finding.js';
import { format } from '../lint/format.js';
import { loaderFinding } from '../lint/loader-finding.js';
import { ruleById, rules } from '../lint/registry.js';
import { explainSchemaErrors } from '../lint/schema/explain.js';
import { configSchema } from '../lint/schema/validator.js';
import type { SourceMap } from '../plan/source-map.js';
import { ConfigError, type ConfigFinding } from './config-error.js';
import type { ConfigRead, LoadProjectOptions, Project, ProjectSettings } from './config.js';
import type { StudyplanConfig } from './config.generated.js';

/**
 * Checks all of the config READ (found, read and parsed by readConfig, config.ts) against
 * schemas/studyplan.config.schema.json and the rule ids lint knows, and its template as build
 * finds it from CWD. An unreadable file is a RunError; a config with problems a ConfigError
 * listing each.
 */
export async function readProject(read: ConfigRead, cwd: string, options: LoadProjectOptions): Promise<Project> {
  const { configFile, lang = 'en' } = options;
  const { file: found, shown, bytes, loaded } = read.bytes && read.loaded ? { ...read, bytes: read.bytes, loaded: read.loaded } : unreadable(read, configFile);
  const syntax = loaded.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'plan/empty');
  // Worded by the command layer in its language, as lint words the same mistakes in a plan.
  if (syntax.length)
    throw new ConfigError(
      shown,
      syntax.map((d) => configFinding(loaderFinding(d, loaded.text))),
    );
  const data = loaded.data ?? {};
  const findings: ConfigFinding[] = explainSchemaErrors(data, configSchema(), loaded.sourceMap).map(configFinding);
  if (!findings.length) findings.push(...unknownRules(data as StudyplanConfig, loaded.sourceMap));
  if (findings.length) throw new ConfigError(shown, findings);
  const config = data as StudyplanConfig;
  const settings = settingsOf(config, path.dirname(found), shown);
  // The site block's values beyond their shape (a real time zone, an http(s) address).
  if (config.site !== undefined) {
    settings.site = parseSite(config.site, (key, want) => {
      const { start } = loaded.sourceMap.rangeOf(key.split('.'));
      return new ConfigError(shown, [{ line: start.line, column: start.column, rule: 'config/site-value', params: { key, want } }]);
    });
  }
  const lint = lintConfigOf(config, found);
  const own = [...brandColourFindings(config, loaded.sourceMap, shown, config.rules?.['plan/brand-contrast'] ?? 'warning', lang)];
  // The brand's pictures, loaded once here for every command: lint, doctor and build give one verdict.
  if (settings.brand) {
    settings.brand.images = loadBrandImages(settings.brand.spec, settings.brand);
    own.push(...brandImageFindings(settings.brand.images, config, loaded.sourceMap, shown, lang));
  }
  if (settings.template !== undefined) own.push(...(await templateFindings(config, settings.template, cwd, loaded.sourceMap, shown, lang)));
  if (own.length) lint.own = { text: bytes.toString('utf8'), diagnostics: own };
  return { file: found, settings, lint };
}

/** The RunError of a config that could not be read. */
function unreadable(read: ConfigRead, configFile: string | undefined): never {
  const e = read.error;
  // A link out of the folder, a device or a huge file: said as the reader says it.
  if (e instanceof RunError && e.code.startsWith('input/')) throw e;
  const code = e instanceof RunError ? (({ 'io/missing': 'ENOENT', 'io/permission': 'EACCES' } as Record<string, string>)[e.code] ?? e.params['code']) : (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ?? (e as Error | undefined)?.message ?? 'unknown';
  throw new RunError('config/read', { file: read.shown, code: reason, reason, given: configFile ? 'yes' : undefined });
}

function configFinding(f: Finding): ConfigFinding {
  return { line: f.range.start.line, column: f.range.start.column, rule: f.ruleId, params: f.params };
}

function unknownRules(config: StudyplanConfig, map: SourceMap): ConfigFinding[] {
  const known = rules.map((r) => r.id);
  const findings: ConfigFinding[] = [];
  const check = (levels: Record<string, RuleLevel> | undefined, at: (string | number)[]) => {
    for (const id of Object.keys(levels ?? {})) {
      if (ruleById.has(id)) continue;
      const { start } = map.rangeOf([...at, id], 'key');
      const suggestion = didYouMean(id, known);
      findings.push({ line: start.line, column: start.column, rule: 'config/unknown-rule', params: { rule: id, suggestion } });
    }
  };
  check(config.rules, ['rules']);
  (config.overrides ?? []).forEach((o, i) => check(o.rules, ['overrides', i, 'rules']));
  return findings;
}

/** Paths relative to the config's folder become absolute; a glob stays a glob (with / separators). */
function settingsOf(data: StudyplanConfig, base: string, shown: string): ProjectSettings {
  const settings: ProjectSettings = {};
  if (data.plans !== undefined) {
    const list = typeof data.plans === 'string' ? [data.plans] : data.plans;
    settings.plans = list.map((p) => (/[*?{[]/.test(p) ? path.posix.join(base.split(path.sep).join('/'), p) : path.resolve(base, p)));
  }
  if (data.out !== undefined) settings.out = path.resolve(base, data.out);
  if (data.template !== undefined) settings.template = /[\\/]/.test(data.template) || data.template.startsWith('.') ? path.resolve(base, data.template) : data.template;
  if (data.formats !== undefined) {
    const list = typeof data.formats === 'string' ? data.formats.split(',').map((s) => s.trim()) : data.formats;
    settings.formats = [...new Set(list as ('html' | 'pdf' | 'json')[])];
  }
  if (data.lang !== undefined) settings.lang = data.lang;
  if (data.concurrency !== undefined) settings.concurrency = data.concurrency;
  if (data.booklet !== undefined) settings.booklet = data.booklet;
  if (data.layout !== undefined) settings.layout = { ...data.layout };
  if (data.brand !== undefined) settings.brand = { spec: { ...data.brand }, file: shown, dir: base, root: base };
  return settings;
}

function lintConfigOf(data: StudyplanConfig, file: string): LintConfig {
  return {
    file,
    dir: path.dirname(file),
    rules: { ...data.rules },
    overrides: (data.overrides ?? []).map((o) => ({ files: typeof o.files === 'string' ? [o.files] : [...o.files], rules: { ...o.rules } })),
  };
}

/** The config's brand pictures the asset loader refused, each at its key, as lint reports a plan's (plan/image-file). */
function brandImageFindings(images: BrandImages, data: StudyplanConfig, map: SourceMap, shown: string, lang: Lang): Diagnostic[] {
  const level = data.rules?.['plan/image-file'] ?? 'error';
  if (level === 'off') return [];
  return BRAND_IMAGE_KEYS.flatMap((key) => {
    const image = images[key];
    if (!image || !isImageProblem(image)) return [];
    const range = map.rangeOf(['brand', key]);
    return [configDiagnostic(shown, range, level, 'plan/image-file', { src: data.brand?.[key] ?? '', reason: image.reason, ...image.params }, lang)];
  });
}

/** The config's template, found as build finds it (from the working folder, then studyplan's own): lint and doctor refuse what build would. */
async function templateFindings(data: StudyplanConfig, template: string, cwd: string, map: SourceMap, shown: string, lang: Lang): Promise<Diagnostic[]> {
  const level = data.rules?.['config/template'] ?? 'error';
  if (level === 'off') return [];
  const { resolveTemplateDir } = await import('../render/template-loader.js');
  try {
    resolveTemplateDir(template, cwd);
    return [];
  } catch (e) {
    if (!(e instanceof RunError) || e.code !== 'template/not-found') throw e;
    const range = map.rangeOf(['template']);
    return [configDiagnostic(shown, range, level, 'config/template', { name: String(data.template), path: e.params['path'] ?? '' }, lang)];
  }
}

/** The config's brand.color, checked as the plan rule plan/brand-contrast checks a plan's own. */
function brandColourFindings(data: StudyplanConfig, map: SourceMap, shown: string, level: RuleLevel, lang: Lang): Diagnostic[] {
  const color = data.brand?.color;
  if (level === 'off' || typeof color !== 'string') return [];
  const ratio = contrastWithWhite(color);
  if (ratio === undefined || ratio >= MIN_CONTRAST) return [];
  const range = map.rangeOf(['brand', 'color']);
  return [configDiagnostic(shown, range, level, 'plan/brand-contrast', { color, ratio: ratio.toFixed(1), min: String(MIN_CONTRAST) }, lang)];
}

/** A finding in the config, worded in LANG and keeping its values, so build can word it again in the run's language. */
function configDiagnostic(shown: string, range: Range, level: Severity, ruleId: string, params: Record<string, string>, lang: Lang): Diagnostic {
  const { message, hint } = format({ ruleId, range, params }, lang);
  return { ...diagnostic(shown, range, level, ruleId, message, hint), params };
}
