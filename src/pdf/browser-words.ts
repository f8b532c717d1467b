import { DEFAULT_LANG, envLang, words, type Lang } from '../i18n/index.js';
import type { MachineWords } from '../i18n/machine-words.js';

/**
 * The language of what the PDF stage and the output writer say (the catalogue's `machine` words):
 * the one the caller names, else the locale's (LC_ALL, LC_MESSAGES, LANG), else Swedish, as the
 * command line picks it.
 */
export function machineLang(env: NodeJS.ProcessEnv = process.env, lang?: Lang): Lang {
  return lang ?? envLang(env) ?? DEFAULT_LANG;
}

export function machineWords(env: NodeJS.ProcessEnv = process.env, lang?: Lang): MachineWords {
  return words(machineLang(env, lang)).machine;
}

export function browserWords(env: NodeJS.ProcessEnv = process.env, lang?: Lang): MachineWords['browser'] {
  return machineWords(env, lang).browser;
}
