import type { Command } from 'commander';
import type { BuildOptions } from '../pipeline/build.js';
import { loadProject, type ConfigRead, type Project } from '../project/config.js';
import { ConfigError } from '../project/config-error.js';
import { DEFAULT_LANG, envLang } from '../i18n/index.js';
import type { CliIO } from './io.js';
import { buildOptionsOf, type BuildFlags } from './build-options-table.js';
import type { StudyplanProgram } from './program.js';

export interface BuildSettings {
  paths: string[];
  options: BuildOptions;
  /** The config file used, if any. */
  configFile?: string;
}

/**
 * Options for build(): a flag given on the command line wins, then studyplan.config.yaml (found
 * from the working folder upwards, or --config), then the flag's default (cli/build-options-table.ts).
 */
export async function resolveBuildSettings(paths: string[], flags: BuildFlags, cmd: Command, io: CliIO, read?: ConfigRead): Promise<BuildSettings> {
  // The same config and verdict as `studyplan lint`: read once, the whole file checked by its schema.
  // The run's message language (cli/message-lang.ts), set on the program the command belongs to.
  const lintLang = (cmd.parent as StudyplanProgram | null)?.lang ?? envLang(io.env) ?? DEFAULT_LANG;
  const project = await loadProject(io.cwd, { lang: lintLang, ...(flags.config ? { configFile: flags.config } : {}), ...(read ? { read } : {}) });
  refuseConfigErrors(project);
  const config = project.settings;
  const given = (key: string) => cmd.getOptionValueSource(key) === 'cli' || cmd.getOptionValueSource(key) === 'env';
  const options: BuildOptions = {
    cwd: io.cwd,
    env: io.env,
    lint: { config: project.lint, lang: lintLang },
    ...buildOptionsOf(flags, given, config, io.env),
  };
  return { paths: paths.length ? paths : (config.plans ?? []), options, ...(project.file ? { configFile: project.file } : {}) };
}

/**
 * The config's own errors (a brand picture that is missing or refused) stop a build before it
 * starts, worded as lint words them at their line: lint fails the same config (exit 1), and
 * doctor's config check too.
 */
function refuseConfigErrors(project: Project): void {
  const errors = project.lint.own?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (!errors.length || !project.file) return;
  throw new ConfigError(
    errors[0]!.file,
    errors.map((d) => ({ line: d.line, column: d.column, rule: d.ruleId, params: d.params ?? {} })),
  );
}
