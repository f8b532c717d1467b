import { Option } from 'commander';
import { LANGS, words, type Lang } from '../i18n/index.js';

/** --lang, the same on every command: the run's language (and, for build and watch, the booklet's). */
export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', words(lang).options.lang).choices(LANGS);
}
