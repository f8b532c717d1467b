import { everyCommandIn } from '../helpers/languages.js';

/** Every command in English, with --lang en, on a machine whose locale names no language of ours (tests/helpers/languages.ts). */
everyCommandIn('en');
