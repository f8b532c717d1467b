import path from 'node:path';
import type { Command } from 'commander';
import { describeFailure, words, type Lang } from '../../i18n/index.js';
import { addBuildOptions, type BuildFlags } from '../build-options-table.js';
import type { PlanBuildResult } from '../../pipeline/build.js';
import { resolveBuildSettings } from '../build-settings.js';
import { asRunError, outputFailure } from '../describe-error.js';
import { BuildProgressReporter } from '../progress.js';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import { printable } from '../../diagnostics/printable.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand, StudyplanProgram } from '../program.js';

export const registerBuild: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  const build = program.command('build').description(w.build.description).argument('[paths...]', w.options.paths);
  addBuildOptions(build, 'build', w).action(async (paths: string[], flags: BuildFlags, cmd: Command) => {
    program.exitCode = await runBuild(paths, flags, io, cmd, program);
  });
};

async function runBuild(paths: string[], flags: BuildFlags, io: CliIO, cmd: Command, program: StudyplanProgram): Promise<number> {
  // Flags win over studyplan.config.yaml, which wins over the defaults (see cli/build-options-table.ts).
  const settings = await resolveBuildSettings(paths, flags, cmd, io, program.config);
  const w = words(program.lang);
  const progress = new BuildProgressReporter(io, program.lang, { quiet: flags.quiet === true, verbose: program.opts()['verbose'] === true });
  const { build } = await import('../../pipeline/build.js');
  // Ctrl-C (or a kill) stops at once. Exiting runs the 'exit' hooks that kill the browser and
  // remove its profile (pdf/launch-browser.ts) and the temporary file being written, if any
  // (output/write-atomic.ts); outputs are renamed into place whole, so no half file is left.
  const stop = (signal: NodeJS.Signals): void => {
    progress.clear();
    io.stderr(`${w.build.stopped(signal)}\n`);
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.once(s, stop);
  let result;
  try {
    result = await build(settings.paths, { ...settings.options, onProgress: progress.onProgress });
  } catch (e) {
    // A full disk or a folder that cannot be written: the output folder's problem, said as such (exit 2).
    throw asRunError(e, io.cwd, path.resolve(io.cwd, settings.options.out ?? 'out')) ?? e;
  } finally {
    for (const s of signals) process.off(s, stop);
    progress.clear();
  }
  for (const notice of result.notices ?? []) io.stderr(`studyplan: ${printable(describeFailure(notice, program.lang).message)}\n`);
  const failed = result.plans.filter((p) => p.diagnostics.some((d) => d.severity === 'error') || p.error);
  // Every finding lint gives, the build gives too (warnings and infos of plans it built or found
  // unchanged; --quiet keeps only the errors, as lint's does). A clean build prints none of this.
  io.stderr(formatFindings(result.plans, io.cwd, program.lang, flags.quiet === true));
  io.stdout(progress.summary(result, failed, io.cwd));
  // A PDF that could not be printed (browser crashed, hung, timed out) is a run failure, not the input's.
  return failed.some((p) => p.error) ? EXIT.RUN : failed.length ? EXIT.INPUT : EXIT.OK;
}

/** `file:line:col  severity  message  rule`, one line per diagnostic, the severity in LANG. */
export function formatDiagnostic(d: Diagnostic, cwd: string, lang: Lang = 'sv'): string {
  const file = path.isAbsolute(d.file) ? path.relative(cwd, d.file) || d.file : d.file;
  return printable(`${file}:${d.line}:${d.column}  ${words(lang).reporter.severity[d.severity]}  ${d.message}  ${d.ruleId}`);
}

/** A plan's findings, each with its hint below it as lint shows it, and the PDF it could not print. */
function formatFailure(p: PlanBuildResult, cwd: string, lang: Lang): string {
  const hint = words(lang).reporter.hint;
  const lines = [...p.diagnostics].sort(compareDiagnostics).flatMap((d) => [formatDiagnostic(d, cwd, lang), ...(d.hint ? [printable(`    ${hint}: ${d.hint}`)] : [])]);
  if (p.error) lines.push(printable(`${path.relative(cwd, p.file) || p.file}  ${words(lang).reporter.severity.error}  ${outputFailure(p.error, lang)}  pdf/print`));
  return `${lines.join('\n')}\n`;
}

/**
 * What a build found, as lint says it: each plan's findings with their hints, the PDFs that could
 * not be printed, and lint's count line; '' for a clean build. ONLY_ERRORS: --quiet's view.
 */
export function formatFindings(plans: readonly PlanBuildResult[], cwd: string, lang: Lang, onlyErrors = false): string {
  const shown = plans.map((p) => (onlyErrors ? { ...p, diagnostics: p.diagnostics.filter((d) => d.severity === 'error') } : p));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of shown) for (const d of p.diagnostics) counts[d.severity]++;
  const text = shown
    .filter((p) => p.diagnostics.length || p.error)
    .map((p) => formatFailure(p, cwd, lang))
    .join('');
  return counts.error + counts.warning + counts.info ? `${text}${words(lang).reporter.summary(counts)}\n` : text;
}
