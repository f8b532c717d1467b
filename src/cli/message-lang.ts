import { resolveLang, type Lang } from '../i18n/lang.js';
import { configLang, type ConfigRead } from '../project/config.js';
import type { CliIO } from './io.js';

/**
 * The language the run speaks, chosen before the commands are made (their --help is worded in
 * it, and so is an error that stops the run): --lang, then `lang:` of studyplan.config.yaml as
 * parsed (CONFIG, read once by main), then the locale, else Swedish.
 */
export function messageLang(argv: readonly string[], io: CliIO, config: ConfigRead | undefined): Lang {
  return resolveLang({ flag: flagValue(argv, '--lang'), config: configLang(config), env: io.env });
}

/** --config FILE (or -c), when given: the config main reads before the commands are made. */
export function configFlag(argv: readonly string[]): string | undefined {
  return flagValue(argv, '--config', '-c');
}

/** `--name value` or `--name=value` (the last one given wins, as commander reads it). */
function flagValue(argv: readonly string[], ...names: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    for (const name of names) {
      if (arg === name) value = argv[i + 1];
      else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    }
  }
  return value;
}
