import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { compareDiagnostics, hasErrors } from '../../diagnostics/diagnostic.js';
import { printable, quotable } from '../../diagnostics/printable.js';
import { RunError } from '../../errors/run-error.js';
import { LANGS, words, type Lang } from '../../i18n/index.js';
import type { ImportReport } from '../../import/index.js';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';
import { formatDiagnostic } from './build.js';

interface ImportFlags {
  out?: string;
  lang?: Lang;
  force?: boolean;
  config?: string;
}

/** plans/NAME.yaml from the document's name: lower case, å ä ö æ ø as a a o ae o, dashes between words. */
function defaultOut(file: string): string {
  const name = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[åäá]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return path.join('plans', `${name || 'plan'}.yaml`);
}

export const registerImport: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('import')
    .description(w.importCommand.description)
    .argument('<file>', w.importCommand.file)
    .option('-o, --out <file>', w.importCommand.out)
    // The document's language, for recognising its labels (Målgrupp, Påmelding, Tilmelding) and
    // dates; the run's messages stay in the language resolved from the config and locale.
    .addOption(new Option('--lang <lang>', w.importCommand.lang).choices(LANGS))
    .option('--force', w.importCommand.force)
    .option('-c, --config <file>', w.options.config)
    .action(async (file: string, flags: ImportFlags) => {
      const out = path.resolve(io.cwd, flags.out ?? defaultOut(file));
      const shownOut = path.relative(io.cwd, out) || out;
      // Checked first so that a long import is not done for nothing; writeFileNew checks again.
      if (existsSync(out) && !flags.force) throw exists(shownOut);
      const [{ importPlan }, { loadProject }, { writeFileAtomic, writeFileNew }] = await Promise.all([
        import('../../import/index.js'),
        import('../../project/config.js'),
        import('../../output/write-atomic.js'),
      ]);
      const { lint: config } = await loadProject(io.cwd, { lang: program.lang, ...(flags.config ? { configFile: flags.config } : {}) });
      const result = await importPlan(file, { cwd: io.cwd, out, lintLang: program.lang, config, ...(flags.lang ? { lang: flags.lang } : {}) });
      await mkdir(path.dirname(out), { recursive: true });
      // --force replaces the plan in one step (the old one stays whole until then); without it a
      // plan that appeared meanwhile is kept, never overwritten.
      if (flags.force) await writeFileAtomic(out, result.yaml);
      else
        await writeFileNew(out, result.yaml).catch((e: unknown) => {
          throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? exists(shownOut) : e;
        });
      io.stdout(reportText(result.report, shownOut, program.lang));
      const findings = [...result.diagnostics].sort(compareDiagnostics).map((d) => formatDiagnostic(d, io.cwd, program.lang));
      io.stdout(findings.length ? `${w.importCommand.findings(findings.length)}\n${findings.join('\n')}\n` : `${w.importCommand.clean}\n`);
      program.exitCode = hasErrors(result.diagnostics) ? EXIT.INPUT : EXIT.OK;
    });
};

function exists(shownOut: string): RunError {
  return new RunError('import/exists', { file: shownOut });
}

/**
 * What the import recognised (counts, then each course with its dates) and where the free text
 * went (file:line and its first words), in the run's language. Titles and text are the
 * document's: each is quoted as one printable line (a title cannot add a line of its own).
 */
function reportText(report: ImportReport, out: string, lang: Lang): string {
  const w = words(lang).importCommand;
  const found = Object.entries(report.found)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => w.found(k, n));
  const courses = report.courses.map((c) => `  - ${quotable(c.title)}${c.dates.length ? ` (${c.dates.join(', ')})` : ''}\n`).join('');
  const unplaced = report.unplaced.map((u) => `  ${printable(out)}:${u.line}  ${quotable(u.text.replace(/\s+/g, ' '))}\n`).join('');
  return `${w.wrote(printable(out), report.format, report.language)}\n${w.recognised}: ${found.length ? found.join(', ') : w.nothing}\n${courses}${report.freeText ? w.freeText(report.freeText) : w.noFreeText}\n${unplaced}`;
}
