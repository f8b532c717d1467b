import { everyCommandIn } from '../helpers/languages.js';

/** Every command in Norwegian, with --lang nb, on a machine whose locale names no language of ours; main() in-process, the Swedish file runs the bin (tests/helpers/languages.ts). */
everyCommandIn('nb', 'main');
