import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isRunError } from '../errors/run-error.js';
import { PACKAGE_ROOT } from '../version.js';
import { loadProjectSettings, type ProjectSettings } from './project-config.js';

export interface DoctorCheck {
  name: string;
  ok: boolean;
  /** What was found: a version, a path. */
  detail: string;
  /** How to fix it, when not ok. */
  fix?: string;
}

export interface DoctorOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  chrome?: string;
  config?: string;
  /** How long the browser may take to start and answer. */
  launchTimeoutMs?: number;
  nodeVersion?: string;
}

export const MIN_NODE = [20, 19] as const;

/** Runs every check in order; never throws for a failed check (each becomes a line). */
export async function runDoctor(options: DoctorOptions): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [checkNode(options.nodeVersion ?? process.versions.node)];
  let settings: ProjectSettings = {};
  try {
    settings = await loadProjectSettings(options.cwd, options.config);
    checks.push({ name: 'config', ok: true, detail: settings.file ? `${path.relative(options.cwd, settings.file) || settings.file} is valid` : 'no studyplan.config.yaml (the defaults apply)' });
  } catch (e) {
    checks.push({ name: 'config', ok: false, detail: message(e), fix: isRunError(e) && e.hint ? e.hint : 'Fix studyplan.config.yaml, or remove it to use the defaults.' });
  }
  checks.push(...(await checkBrowser(options)));
  checks.push(await checkFonts(settings.template ?? 'booklet', options.cwd));
  checks.push(await checkOut(settings.out ?? path.resolve(options.cwd, 'out')));
  const schema = checkSchemaCopy(settings.file ? path.dirname(settings.file) : options.cwd);
  if (schema) checks.push(await schema);
  return checks;
}

export function checkNode(version: string): DoctorCheck {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  return { name: 'node', ok, detail: `Node.js ${version}`, ...(ok ? {} : { fix: `Install Node.js ${MIN_NODE.join('.')} or later (https://nodejs.org).` }) };
}

async function checkBrowser(options: DoctorOptions): Promise<DoctorCheck[]> {
  let executable: string;
  let found: DoctorCheck;
  try {
    const { discoverBrowser } = await import('../pdf/find-browser.js');
    const browser = await discoverBrowser({ ...(options.chrome ? { chrome: options.chrome } : {}), env: options.env });
    executable = browser.executable;
    const how = browser.source === 'system' ? 'installed' : browser.source === 'PATH' ? 'on PATH' : `from ${browser.source}`;
    found = { name: 'browser', ok: true, detail: `${browser.name} (${how}): ${executable}` };
  } catch (e) {
    return [{ name: 'browser', ok: false, detail: message(e), fix: isRunError(e) && e.hint ? e.hint : 'Install Chromium (apt-get install chromium) or pass --chrome PATH.' }];
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
    return [found, { name: 'browser starts', ok: true, detail: `version ${version} started and closed (PDFs need ${MIN_BROWSER_MAJOR} or later)` }];
  } catch (e) {
    const fix = isRunError(e) && e.code === 'pdf/browser-too-old' && e.hint ? e.hint : 'Check that it runs (`chromium --headless --version`); in a container, install its libraries (apt-get install chromium).';
    return [found, { name: 'browser starts', ok: false, detail: message(e), fix }];
  }
}

async function checkFonts(template: string, cwd: string): Promise<DoctorCheck> {
  try {
    const { loadTemplate } = await import('../render/template-loader.js');
    const t = await loadTemplate(template, cwd);
    const fonts = t.assets.filter((a) => a.to.startsWith('assets/fonts/'));
    const missing = fonts.filter((a) => !existsSync(a.from));
    if (missing.length) return { name: 'fonts', ok: false, detail: `${missing.length} font files missing, e.g. ${missing[0]?.from}`, fix: 'Reinstall: npm install (the @fontsource packages come with studyplan).' };
    return { name: 'fonts', ok: true, detail: `${fonts.length} font files of the ${t.name} template (${(t.manifest.fonts ?? []).map((f) => f.split('/').slice(0, 2).join('/')).filter((f, i, a) => a.indexOf(f) === i).join(', ') || 'none'})` };
  } catch (e) {
    return { name: 'fonts', ok: false, detail: message(e), fix: isRunError(e) && e.hint ? e.hint : 'Reinstall studyplan: npm install.' };
  }
}

async function checkOut(out: string): Promise<DoctorCheck> {
  const probe = path.join(out, `.studyplan-doctor-${process.pid}`);
  try {
    await mkdir(out, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return { name: 'out folder', ok: true, detail: `${out} is writable` };
  } catch (e) {
    return { name: 'out folder', ok: false, detail: `${out}: ${message(e)}`, fix: 'Make the folder writable, or choose another with out: in studyplan.config.yaml or --out.' };
  }
}

/** A project made by init keeps a copy of the schema for the editor; it should match this version's. */
function checkSchemaCopy(projectDir: string): Promise<DoctorCheck> | undefined {
  const copy = path.join(projectDir, 'schemas', 'studyplan.schema.json');
  const ours = path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json');
  if (!existsSync(copy) || path.resolve(copy) === path.resolve(ours)) return undefined;
  return (async () => {
    const same = (await readFile(copy, 'utf8')) === (await readFile(ours, 'utf8'));
    return same
      ? { name: 'editor schema', ok: true, detail: 'schemas/studyplan.schema.json matches this version of studyplan' }
      : { name: 'editor schema', ok: false, detail: 'schemas/studyplan.schema.json is from another version of studyplan', fix: `Copy it again: cp "${ours}" schemas/` };
  })();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function message(e: unknown): string {
  return (e as Error)?.message?.split('\n')[0] ?? String(e);
}
