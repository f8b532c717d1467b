import { everyCommandIn } from '../helpers/languages.js';

/** Every command in Swedish, with no --lang, on a machine whose locale names no language of ours; one command of each kind through the real bin, the rest in-process (tests/helpers/languages.ts). */
everyCommandIn('sv');
