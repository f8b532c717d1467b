import type { Registration } from '../plan/types.js';
import { label, type Labels } from './labels.js';
import { capitalise } from './helpers/lists.js';

/**
 * The words of a course's registration, by its kind and the plan's language: the one source of
 * them for the course card ("Ansökan: Ansök senast 15 juni 2022. Ansök här"), the
 * Kurskalender ("Ansök senast 15 juni" on the course's row, "Sista ansökningsdag: KURS" on a row of its own) and the calendar files (the deadline's entry
 * "Sista ansökningsdag: KURS", the description's "Ansökan: URL"). An application
 * (`kind: application`) has its own words; anything else is a registration.
 */
export interface RegistrationWords {
  /** "Anmälan" or "Ansökan": the card's label, and the calendar entry's line with the link. */
  heading: string;
  /** "sista anmälningsdag" or "sista ansökningsdag", as in the middle of a sentence. */
  deadline: string;
  /** "Sista anmälningsdag:" or "Sista ansökningsdag:", before the course's title on a deadline's own row. */
  deadlineLabel: string;
  /**
   * "Anmäl senast" or "Ansök senast", before the date: the card's call to act, a verb a reader can
   * follow, and the deadline's mark on its course's row in the Kurskalender.
   */
  by: string;
  /** "Anmäl dig här" or "Ansök här", the link's text; undefined when the template has none. */
  linkText?: string;
}

export function registrationWords(kind: Registration['kind'], labels: Labels): RegistrationWords {
  const which = kind === 'application' ? 'application' : 'registration';
  const key = `deadline-${which}`;
  // A template without the key shows the key (visible, never a crash), as label() does.
  const deadline = labels.ui[key] ?? key;
  // A template of its own without the verb says the deadline's noun before the date, as cards did before.
  const by = labels.ui[which === 'application' ? 'applyBy' : 'registerBy'] ?? capitalise(deadline);
  const words: RegistrationWords = { heading: label(labels.fields, which), deadline, deadlineLabel: `${capitalise(deadline)}:`, by };
  const linkText = labels.ui[which === 'application' ? 'applyHere' : 'registerHere'];
  if (linkText) words.linkText = linkText;
  return words;
}
