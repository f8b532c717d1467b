import path from 'node:path';
import { Option } from 'commander';
import { build, type OutputFormat, type PlanBuildResult } from '../../build/build.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import { RunError } from '../../errors/run-error.js';
import type { Language } from '../../plan/types.js';
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
}

export const registerBuild: RegisterCommand = (program, io) => {
  program
    .command('build')
    .description('build HTML (and PDF) booklets from plans: OUT/NAME.html, OUT/NAME.pdf and OUT/index.html')
    .argument('[paths...]', 'plan files, folders or globs (default: plans/)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', 'comma list of html, pdf', 'html,pdf')
    .option('-t, --template <name|dir>', 'template name (templates/NAME) or a template folder', 'booklet')
    .addOption(new Option('--lang <lang>', 'language of headings and dates (default: the plan\'s)').choices(['sv', 'en', 'nb']))
    .option('--chrome <path>', 'Chromium or Chrome to print PDFs with')
    .option('--concurrency <n>', 'PDFs printed at the same time')
    .option('--include-internal', 'print committee-only content, marked as internal')
    .action(async (paths: string[], flags: BuildFlags) => {
      program.exitCode = await runBuild(paths, flags, io);
    });
};

async function runBuild(paths: string[], flags: BuildFlags, io: CliIO): Promise<number> {
  const formats = parseFormats(flags.format);
  const concurrency = flags.concurrency === undefined ? undefined : parseConcurrency(flags.concurrency);
  const result = await build(paths, {
    out: flags.out,
    formats,
    template: flags.template,
    cwd: io.cwd,
    env: io.env,
    includeInternal: flags.includeInternal === true,
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.chrome ? { chrome: flags.chrome } : {}),
    ...(concurrency ? { concurrency } : {}),
  });
  const failed = result.plans.filter((p) => p.diagnostics.some((d) => d.severity === 'error') || p.error);
  for (const p of failed) io.stderr(formatFailure(p, io.cwd));
  io.stdout(`${summary(result.plans, failed, path.relative(io.cwd, result.out) || '.')}\n`);
  return failed.length ? EXIT.INPUT : EXIT.OK;
}

function parseFormats(list: string): OutputFormat[] {
  const formats = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const wrong = formats.filter((f) => f !== 'html' && f !== 'pdf');
  if (wrong.length || !formats.length) throw new RunError(`unknown --format: ${wrong.join(', ') || '(empty)'}`, 'Use --format html, --format pdf or --format html,pdf.', 'usage/format');
  // A PDF is printed from the HTML page, so the HTML is always written.
  return [...new Set<OutputFormat>(['html', ...(formats as OutputFormat[])])];
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RunError(`--concurrency must be a whole number of 1 or more, not ${value}`, undefined, 'usage/concurrency');
  return n;
}

/** `file:line:col  severity  message  rule`, one line per diagnostic. */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const file = path.isAbsolute(d.file) ? path.relative(cwd, d.file) || d.file : d.file;
  return `${file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`;
}

function formatFailure(p: PlanBuildResult, cwd: string): string {
  const lines = [...p.diagnostics].sort(compareDiagnostics).map((d) => formatDiagnostic(d, cwd));
  if (p.error) lines.push(`${path.relative(cwd, p.file) || p.file}  error  ${p.error}  pdf/print`);
  return `${lines.join('\n')}\n`;
}

function summary(plans: PlanBuildResult[], failed: PlanBuildResult[], out: string): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const built = plans.filter((p) => p.outputs.length);
  const files = built.reduce((n, p) => n + p.outputs.length, 0);
  const head = `built ${count(built.length, 'plan', 'plans')} of ${plans.length} into ${out}/ (${count(files, 'file', 'files')})`;
  return failed.length ? `${head}; ${count(failed.length, 'plan', 'plans')} with errors` : head;
}
