import { everyCommandIn } from '../helpers/languages.js';

/** Every command in Danish, with --lang da, on a machine whose locale names no language of ours; main() in-process, the Swedish file runs the bin (tests/helpers/languages.ts). */
everyCommandIn('da', 'main');
