import type { Option } from 'commander';
import { words, type Lang } from '../i18n/index.js';
import { optionOf } from './build-options-table.js';

/** --lang, the same on every command: the run's language (and, for build and watch, the booklet's); the table's row. */
export function langOption(lang: Lang): Option {
  return optionOf('lang', words(lang));
}
