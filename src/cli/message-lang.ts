import path from 'node:path';
import { MAX_CONFIG_BYTES } from '../files/limits.js';
import { readInputSync } from '../files/safe-read.js';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { findConfigFile } from '../project/config.js';
import type { CliIO } from './io.js';

/**
 * The language the run speaks, chosen before the commands are made (their --help is worded in
 * it, and so is an error that stops the run): --lang, then `lang:` in studyplan.config.yaml
 * (--config, or the one found from the working folder up), then the locale, else Swedish.
 */
export function messageLang(argv: readonly string[], io: CliIO): Lang {
  return resolveLang({ flag: flagValue(argv, '--lang'), config: configLang(argv, io.cwd), env: io.env });
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

/**
 * The config's top-level `lang:` read from its text: cheap (the config is parsed, and checked,
 * by the command itself), and never an error here: a config that cannot be read is reported by
 * the command in the language the rest says.
 */
function configLang(argv: readonly string[], cwd: string): string | undefined {
  const given = flagValue(argv, '--config', '-c');
  const file = given ? path.resolve(cwd, given) : findConfigFile(cwd);
  if (!file) return undefined;
  try {
    // Through the safe reader: a config linked to /dev/zero was read before any check ran.
    const text = readInputSync(file, { root: path.dirname(file), limit: MAX_CONFIG_BYTES }).toString('utf8');
    return /^lang[ \t]*:[ \t]*["']?([a-z]{2})["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}
