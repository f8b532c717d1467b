import path from 'node:path';
import { Option } from 'commander';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';
import { printable } from '../../diagnostics/printable.js';
import type { Language } from '../../plan/types.js';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';

interface DiffFlags {
  format: 'text' | 'json' | 'html' | 'md';
  output?: string;
  lang?: Language;
  includeInternal?: boolean;
  config?: string;
}

export const registerDiff: RegisterCommand = (program, io) => {
  program
    .command('diff')
    .description('what changed between two versions of a plan: courses added, removed, renamed, changed and moved, plan-level changes')
    .argument('<old>', 'the old version: a plan file, or REV:PATH from git (HEAD~1:plans/x.yaml)')
    .argument('<new>', 'the new version: a plan file, or REV:PATH')
    .addOption(new Option('-f, --format <format>', 'text, json, html (a page to attach) or md').choices(['text', 'json', 'html', 'md']).default('text'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .addOption(new Option('--lang <lang>', 'language of the report (default: the new plan\'s)').choices(['sv', 'en', 'nb']))
    .option('--include-internal', 'compare committee-only content too, marked as internal')
    .option('-c, --config <file>', 'studyplan.config.yaml whose rule severities decide what is an error (default: found from here upwards)')
    .action(async (oldArg: string, newArg: string, flags: DiffFlags) => {
      const { diffPlanSources, renderDiff } = await import('../../diff/index.js');
      const result = await diffPlanSources(oldArg, newArg, { cwd: io.cwd, includeInternal: flags.includeInternal === true, ...(flags.lang ? { lang: flags.lang } : {}), ...(flags.config ? { configFile: flags.config } : {}) });
      if (!result.diff) {
        // A plan that does not load or is not valid: its diagnostics, exit 1, as lint and build.
        const lines = [...result.diagnostics].sort(compareDiagnostics).map((d) => printable(`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`));
        io.stderr(`${lines.join('\n')}\n`);
        program.exitCode = EXIT.INPUT;
        return;
      }
      const text = await renderDiff(result.diff, flags.format);
      if (flags.output) {
        const { writeFileAtomic } = await import('../../output/write-atomic.js');
        await writeFileAtomic(path.resolve(io.cwd, flags.output), text);
      } else {
        io.stdout(text);
      }
      program.exitCode = EXIT.OK;
    });
};
