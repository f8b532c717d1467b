import { badInputTable } from '../helpers/bad-input-table.js';

/** The table of bad inputs through the real `studyplan lint` (tests/helpers/bad-input-table.ts). */
badInputTable('lint');
