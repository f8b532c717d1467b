import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, isRunError, type RunError } from '../errors/run-error.js';
import { words, type Words } from '../i18n/index.js';
import { PACKAGE_ROOT } from '../version.js';
import { loadProject, type ConfigRead, type Project } from '../project/config.js';
import { ConfigError } from '../project/config-error.js';

type DoctorWords = Words['doctor'];
export type DoctorId = keyof DoctorWords['names'];
type DetailKey = keyof DoctorWords['details'];
type FixKey = keyof DoctorWords['fixes'];

export interface DoctorCheck {
  id: DoctorId;
  /** The check's name and what was found (a version, a path), in English; `say` words them in any language. */
  name: string;
  ok: boolean;
  detail: string;
  /** How to fix it, when not ok. */
  fix?: string;
  /** The catalogue's keys and values of the detail and fix (src/i18n/: doctor.details, doctor.fixes); an error found says its own words. */
  say: { detail: DetailKey | RunError | string; fix?: FixKey | string; params: Record<string, string> };
}

export interface DoctorOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  chrome?: string;
  config?: string;
  /** That config as already read (readConfig), so that it is not read again. */
  configRead?: ConfigRead;
  /** How long the browser may take to start and answer. */
  launchTimeoutMs?: number;
  nodeVersion?: string;
}

export const MIN_NODE = [20, 19] as const;

/** A check worded from the catalogue: in English here, in the run's language by the command. */
function check(id: DoctorId, ok: boolean, detail: DetailKey | RunError | string, params: Record<string, string> = {}, fix?: FixKey | string): DoctorCheck {
  const w = words('en').doctor;
  const filled = params['code'] ? { ...params, reason: words('en').systemReason(params['code']) } : params;
  const english = (key: DetailKey | RunError | string) => (typeof key !== 'string' ? key.message : key in w.details ? w.details[key as DetailKey](filled) : key);
  const fixText = fix === undefined ? undefined : fix in w.fixes ? w.fixes[fix as FixKey](filled) : fix;
  return { id, name: w.names[id], ok, detail: english(detail), ...(fixText ? { fix: fixText } : {}), say: { detail, ...(fix ? { fix } : {}), params } };
}

/** Runs every check in order; never throws for a failed check (each becomes a line). */
export async function runDoctor(options: DoctorOptions): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [checkNode(options.nodeVersion ?? process.versions.node)];
  let project: Project | undefined;
  try {
    // The loader lint and build use: the same verdict on every config (worded by the command from its code).
    project = await loadProject(options.cwd, { lang: 'en', ...(options.config ? { configFile: options.config } : {}), ...(options.configRead ? { read: options.configRead } : {}) });
    // The config's own errors (a missing brand logo) fail this check, as they fail lint and build.
    const own = project.lint.own?.diagnostics.find((d) => d.severity === 'error');
    if (own) checks.push(check('config', false, new ConfigError(own.file, [{ line: own.line, column: own.column, rule: own.ruleId, params: own.params ?? {} }]), {}, 'config'));
    else checks.push(project.file ? check('config', true, 'configValid', { file: path.relative(options.cwd, project.file) || project.file }) : check('config', true, 'noConfig'));
  } catch (e) {
    checks.push(check('config', false, failure(e), {}, isRunError(e) && e.hint ? e.hint : 'config'));
  }
  checks.push(...(await checkBrowser(options)));
  const settings = project?.settings ?? {};
  checks.push(await checkFonts(settings.template ?? 'booklet', options.cwd));
  checks.push(await checkOut(settings.out ?? path.resolve(options.cwd, 'out')));
  const schema = checkSchemaCopy(project?.file ? path.dirname(project.file) : options.cwd);
  if (schema) checks.push(await schema);
  return checks;
}

export function checkNode(version: string): DoctorCheck {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return check('node', ok, 'nodeVersion', { version, min: MIN_NODE.join('.') }, ok ? undefined : 'node');
}

async function checkBrowser(options: DoctorOptions): Promise<DoctorCheck[]> {
  let executable: string;
  let found: DoctorCheck;
  try {
    const { discoverBrowser } = await import('../pdf/find-browser.js');
    const browser = await discoverBrowser({ ...(options.chrome ? { chrome: options.chrome } : {}), env: options.env });
    executable = browser.executable;
    found = check('browser', true, 'browserFound', { name: browser.name, source: browser.source, path: executable });
  } catch (e) {
    return [check('browser', false, failure(e), {}, isRunError(e) && e.params ? undefined : 'browser')];
  }
  const timeout = options.launchTimeoutMs ?? 30_000;
  try {
    const [{ launchBrowser }, { parseBrowserVersion, MIN_BROWSER_MAJOR }] = await Promise.all([import('../pdf/launch-browser.js'), import('../pdf/browser-version.js')]);
    const product = await withTimeout(
      (async () => {
        const launched = await launchBrowser(executable, timeout);
        try {
          return await launched.browser.version();
        } finally {
          await launched.close();
        }
      })(),
      timeout + 5_000,
    );
    const version = parseBrowserVersion(product)?.version ?? product;
    return [found, check('browser-starts', true, 'browserStarted', { version, min: String(MIN_BROWSER_MAJOR) })];
  } catch (e) {
    const late: { detail: DetailKey | RunError | string; params: Record<string, string> } =
      e instanceof TimeoutError ? { detail: 'noAnswer' as const, params: { seconds: String(e.seconds) } } : { detail: failure(e), params: {} };
    // A browser too old for PDFs says how to get a newer one itself.
    const fix = isRunError(e) && e.code === 'pdf/browser-too-old' && e.hint ? e.hint : 'browserStarts';
    return [found, check('browser-starts', false, late.detail, late.params, fix)];
  }
}

async function checkFonts(template: string, cwd: string): Promise<DoctorCheck> {
  try {
    const { loadTemplate } = await import('../render/template-loader.js');
    const t = await loadTemplate(template, cwd);
    const fonts = t.assets.filter((a) => a.to.startsWith('assets/fonts/'));
    const missing = fonts.filter((a) => !existsSync(a.from));
    if (missing.length) return check('fonts', false, 'fontsMissing', { count: String(missing.length), example: missing[0]?.from ?? '' }, 'fonts');
    const packages = (t.manifest.fonts ?? []).map((f) => f.split('/').slice(0, 2).join('/')).filter((f, i, a) => a.indexOf(f) === i);
    return check('fonts', true, 'fontsFound', { count: String(fonts.length), template: t.name, fonts: packages.join(', ') });
  } catch (e) {
    return check('fonts', false, failure(e), {}, isRunError(e) && e.params ? undefined : 'fontsTemplate');
  }
}

async function checkOut(out: string): Promise<DoctorCheck> {
  const probe = path.join(out, `.studyplan-doctor-${process.pid}`);
  try {
    await mkdir(out, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return check('out', true, 'outWritable', { folder: out });
  } catch (e) {
    return check('out', false, 'outNotWritable', { folder: out, code: errorCode(e) }, 'out');
  }
}

/** A project made by init keeps a copy of the schema for the editor; it should match this version's. */
function checkSchemaCopy(projectDir: string): Promise<DoctorCheck> | undefined {
  const copy = path.join(projectDir, 'schemas', 'studyplan.schema.json');
  const ours = path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json');
  if (!existsSync(copy) || path.resolve(copy) === path.resolve(ours)) return undefined;
  return (async () => {
    const same = (await readFile(copy, 'utf8')) === (await readFile(ours, 'utf8'));
    return same ? check('editor-schema', true, 'schemaSame') : check('editor-schema', false, 'schemaOther', { from: ours }, 'schema');
  })();
}

class TimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(Math.round(ms / 1000))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A RunError is worded by the command from its own catalogue entry; anything else is its first line. */
function failure(e: unknown): RunError | string {
  return isRunError(e) ? e : ((e as Error)?.message?.split('\n')[0] ?? String(e));
}
