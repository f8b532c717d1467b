import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunError } from '../errors/run-error.js';
import { resolveLang, type Lang } from '../i18n/index.js';
import type { LintConfig } from '../lint/index.js';
import { EMPTY_CONFIG } from '../lint/config.js';
import { CONFIG_FILE, findConfigFile, loadProject } from '../project/config.js';
import { isPlanOf } from '../project/find-plans.js';

/** What the server needs to check one open document as `studyplan lint` would in its project. */
export interface DocumentContext {
  /** Whether the document is one of the project's plans (or says it is, by its schema line). */
  isPlan: boolean;
  /** The folder lint would run in: the config's, else the plans folder's parent. */
  projectDir: string;
  config: LintConfig;
  lang: Lang;
  /** Why the config could not be used (its own file:line:col message); the defaults apply then. */
  configError?: string;
}

interface CachedProject {
  mtimeMs: number;
  config: LintConfig;
  plans: string[] | undefined;
  lang: Lang | undefined;
  error?: string;
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*studyplan\.schema\.json/m;
const PLAN_FILE = /\.ya?ml$/i;

/** The project of each open plan, its config read once and again only when the file changes. */
export class Projects {
  private readonly cache = new Map<string, CachedProject>();

  constructor(private readonly options: { lang?: Lang; env: NodeJS.ProcessEnv }) {}

  /** Forget every config read, e.g. when the client reports that one changed on disk. */
  invalidate(): void {
    this.cache.clear();
  }

  async contextFor(file: string, text: string): Promise<DocumentContext> {
    const configFile = findConfigFile(path.dirname(file));
    const projectDir = configFile ? path.dirname(configFile) : guessProjectDir(file);
    const project = configFile ? await this.load(configFile) : undefined;
    const lang = resolveLang({ flag: this.options.lang, config: project?.lang, env: this.options.env });
    const plans = project?.plans ?? [path.join(projectDir, 'plans')];
    const isPlan = path.basename(file) !== CONFIG_FILE && PLAN_FILE.test(file) && (isPlanOf(file, plans, projectDir) || MODELINE.test(text.slice(0, 2000)));
    const context: DocumentContext = { isPlan, projectDir, config: project?.config ?? EMPTY_CONFIG, lang };
    if (project?.error) context.configError = project.error;
    return context;
  }

  private async load(configFile: string): Promise<CachedProject> {
    const mtimeMs = statSync(configFile, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    const cached = this.cache.get(configFile);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const dir = path.dirname(configFile);
    let loaded: CachedProject;
    // One read; the config's own `lang` is known only after it, so its problems are in the server's or the locale's words.
    const lang = resolveLang({ flag: this.options.lang, env: this.options.env });
    try {
      const project = await loadProject(dir, { configFile, lang });
      loaded = { mtimeMs, config: project.lint, plans: project.settings.plans, lang: project.settings.lang };
    } catch (e) {
      if (!isRunError(e)) throw e;
      loaded = { mtimeMs, config: EMPTY_CONFIG, plans: undefined, lang: undefined, error: e.describe(lang).message };
    }
    this.cache.set(configFile, loaded);
    return loaded;
  }
}

/** Without a config, lint runs in the folder that holds plans/: a plan's grandparent, else its own folder. */
function guessProjectDir(file: string): string {
  const dir = path.dirname(file);
  return path.basename(dir) === 'plans' ? path.dirname(dir) : dir;
}

/**
 * The schema the modeline should point at, relative to the plan: the project's installed
 * studyplan, else a schemas/ folder of the project (this repository), else the server's own copy.
 */
export function schemaPathFor(file: string, projectDir: string): string {
  const candidates = [path.join(projectDir, 'node_modules', 'studyplan', 'schemas', 'studyplan.schema.json'), path.join(projectDir, 'schemas', 'studyplan.schema.json')];
  const own = fileURLToPath(new URL('../../schemas/studyplan.schema.json', import.meta.url));
  const schema = candidates.find((c) => existsSync(c)) ?? own;
  return path.relative(path.dirname(file), schema).split(path.sep).join('/');
}
