import path from 'node:path';
import { Option, type Command } from 'commander';
import type { PlanBuildResult } from '../../pipeline/build.js';
import { resolveBuildSettings, type BuildFlagValues } from '../build-settings.js';
import { BuildProgressReporter } from '../progress.js';
import { parseShard } from '../../pipeline/shard.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Language } from '../../plan/types.js';
import { printable } from '../../diagnostics/printable.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand } from '../program.js';

interface BuildFlags {
  out: string;
  format: string;
  template: string;
  lang?: Language;
  chrome?: string;
  concurrency?: string;
  includeInternal?: boolean;
  booklet?: boolean;
  force?: boolean;
  quiet?: boolean;
  config?: string;
  baseUrl?: string;
  shard?: string;
}

export const registerBuild: RegisterCommand = (program, io) => {
  program
    .command('build')
    .description('build HTML (and PDF) booklets from plans: OUT/NAME.html, OUT/NAME.pdf (OUT/NAME.booklet.pdf) and OUT/index.html')
    .argument('[paths...]', 'plan files, folders or globs (default: plans/)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', 'comma list of html, pdf, json (json: OUT/NAME.json and OUT/index.json)', 'html,pdf')
    .option('-t, --template <name|dir>', 'template name (templates/NAME) or a template folder', 'booklet')
    .addOption(new Option('--lang <lang>', 'language of headings and dates (default: the plan\'s)').choices(['sv', 'en', 'nb']))
    .option('--chrome <path>', 'Chromium or Chrome to print PDFs with')
    .option('--concurrency <n>', 'PDFs printed at the same time')
    .option('--include-internal', 'print committee-only content, marked as internal')
    .option('--booklet', 'also write OUT/NAME.booklet.pdf: A5 pages two-up on A4 sheets, to print double-sided and fold')
    .option('--force', 'rebuild every output, also those whose inputs did not change')
    .option('-q, --quiet', 'print only errors')
    .option('-c, --config <file>', 'the config file (default: studyplan.config.yaml here or in a folder above)')
    .option('--base-url <url>', 'where OUT is published, for the pages\' and calendars\' links (default: site.url, or the GitHub Pages URL with site.pages)')
    .option('--shard <k/n>', 'build only shard K of N of the plans (stable by plan name), for CI jobs side by side; join them with studyplan merge')
    .action(async (paths: string[], flags: BuildFlags, cmd: Command) => {
      program.exitCode = await runBuild(paths, flags, io, cmd, program.opts()['verbose'] === true);
    });
};

async function runBuild(paths: string[], flags: BuildFlags, io: CliIO, cmd: Command, verbose: boolean): Promise<number> {
  // Flags win over studyplan.config.yaml, which wins over the defaults (see cli/build-settings.ts).
  const settings = await resolveBuildSettings(paths, flags as BuildFlagValues, cmd, io);
  if (flags.shard) settings.options.shard = parseShard(flags.shard);
  const progress = new BuildProgressReporter(io, { quiet: flags.quiet === true, verbose });
  const { build } = await import('../../pipeline/build.js');
  // Ctrl-C (or a kill) stops at once. Exiting runs the 'exit' hooks that kill the browser and
  // remove its profile (pdf/launch-browser.ts) and the temporary file being written, if any
  // (output/write-atomic.ts); outputs are renamed into place whole, so no half file is left.
  const stop = (signal: NodeJS.Signals): void => {
    progress.clear();
    io.stderr(`studyplan: stopped (${signal}); outputs already written are complete, the others were left as they were\n`);
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.once(s, stop);
  let result;
  try {
    result = await build(settings.paths, { ...settings.options, onProgress: progress.onProgress });
  } finally {
    for (const s of signals) process.off(s, stop);
    progress.clear();
  }
  for (const notice of result.notices ?? []) io.stderr(`studyplan: ${notice}\n`);
  const failed = result.plans.filter((p) => p.diagnostics.some((d) => d.severity === 'error') || p.error);
  for (const p of failed) io.stderr(formatFailure(p, io.cwd));
  io.stdout(progress.summary(result, failed, io.cwd));
  // A PDF that could not be printed (browser crashed, hung, timed out) is a run failure, not the input's.
  return failed.some((p) => p.error) ? EXIT.RUN : failed.length ? EXIT.INPUT : EXIT.OK;
}

/** `file:line:col  severity  message  rule`, one line per diagnostic. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const file = path.isAbsolute(d.file) ? path.relative(cwd, d.file) || d.file : d.file;
  return printable(`${file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`);
}

function formatFailure(p: PlanBuildResult, cwd: string): string {
  const lines = [...p.diagnostics].sort(compareDiagnostics).map((d) => formatDiagnostic(d, cwd));
  if (p.error) lines.push(printable(`${path.relative(cwd, p.file) || p.file}  error  ${p.error}  pdf/print`));
  return `${lines.join('\n')}\n`;
}
