import { printable } from '../../diagnostics/printable.js';
import { words, type Lang } from '../../i18n/index.js';
import type { DoctorCheck } from '../../workflow/doctor.js';
import { describeRunError } from '../describe-error.js';
import { EXIT } from '../exit-codes.js';
import { langOption } from '../options.js';
import type { RegisterCommand } from '../program.js';

export const registerDoctor: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('doctor')
    .description(w.doctor.description)
    .option('--chrome <path>', w.doctor.chrome)
    .option('-c, --config <file>', w.options.config)
    .addOption(langOption(program.lang))
    .action(async (flags: { chrome?: string; config?: string }) => {
      // Loaded when the command runs: every other command starts without the doctor's modules.
      const { runDoctor } = await import('../../workflow/doctor.js');
      const checks = await runDoctor({
        cwd: io.cwd,
        env: io.env,
        ...(flags.chrome ? { chrome: flags.chrome } : {}),
        ...(flags.config ? { config: flags.config } : {}),
        ...(program.config ? { configRead: program.config } : {}),
      });
      const plain = !io.isTTY || Boolean(io.env['NO_COLOR']);
      for (const c of checks) {
        const mark = c.ok ? (plain ? '✓' : '\x1b[32m✓\x1b[39m') : plain ? '✗' : '\x1b[31m✗\x1b[39m';
        const said = sayCheck(c, program.lang);
        io.stdout(`${mark} ${w.doctor.names[c.id]}: ${printable(said.detail)}\n`);
        if (!c.ok && said.fix) io.stdout(`    ${w.doctor.fix}: ${printable(said.fix)}\n`);
      }
      const bad = checks.filter((c) => !c.ok).length;
      io.stdout(w.doctor.summary(bad, checks.length));
      program.exitCode = bad ? EXIT.INPUT : EXIT.OK;
    });
};

/** A check's detail and fix in LANG: from the catalogue, a RunError's own entry, or (a path, a version) as found. */
function sayCheck(c: DoctorCheck, lang: Lang): { detail: string; fix?: string } {
  const w = words(lang).doctor;
  const params = c.say.params['code'] ? { ...c.say.params, reason: words(lang).systemReason(c.say.params['code']) } : c.say.params;
  const { detail: key, fix: fixKey } = c.say;
  let detail: string;
  let hint: string | undefined;
  if (typeof key !== 'string') ({ message: detail, hint } = describeRunError(key, lang));
  else detail = key in w.details ? w.details[key as keyof typeof w.details](params) : key;
  const fix = fixKey === undefined ? hint : fixKey in w.fixes ? w.fixes[fixKey as keyof typeof w.fixes](params) : (hint ?? fixKey);
  return fix ? { detail, fix } : { detail };
}
