import { everyCommandIn } from '../helpers/languages.js';

/** Every command in Swedish, with no --lang, on a machine whose locale names no language of ours (tests/helpers/languages.ts). */
everyCommandIn('sv');
