/** The language server's own words (the findings are worded by the lint engine). */
export type { Lang as LspLang } from '../i18n/index.js';
import type { Lang as LspLang } from '../i18n/index.js';

export interface LspWords {
  /** Title of the quick fix that applies a finding's fix: text put in place of the range, or inserted. */
  applyFix: (text: string, inserts: boolean) => string;
  insertModeline: string;
  courseHover: (id: string, title: string, section: string | undefined) => string;
  unknownCourseHover: (id: string) => string;
  configProblem: (message: string) => string;
}

const quote = (t: string) => `\`${t.trim().replace(/\s+/g, ' ').slice(0, 60)}\``;

export const LSP_WORDS: Record<LspLang, LspWords> = {
  sv: {
    applyFix: (t, inserts) => (inserts ? `Infoga ${quote(t)}` : t.trim() === '' ? 'Ta bort' : `Ändra till ${quote(t)}`),
    insertModeline: 'Infoga raden som kopplar planen till studyplans schema',
    courseHover: (id, title, section) => `**${title}**  \nKurs \`${id}\`${section ? ` i avsnittet ${section}` : ''}`,
    unknownCourseHover: (id) => `Ingen kurs i planen har id \`${id}\`.`,
    configProblem: (m) => `studyplan.config.yaml kan inte läsas: ${m}`,
  },
  en: {
    applyFix: (t, inserts) => (inserts ? `Insert ${quote(t)}` : t.trim() === '' ? 'Remove' : `Change to ${quote(t)}`),
    insertModeline: "Insert the line that links the plan to studyplan's schema",
    courseHover: (id, title, section) => `**${title}**  \nCourse \`${id}\`${section ? ` in the section ${section}` : ''}`,
    unknownCourseHover: (id) => `No course of the plan has the id \`${id}\`.`,
    configProblem: (m) => `studyplan.config.yaml cannot be used: ${m}`,
  },
  nb: {
    applyFix: (t, inserts) => (inserts ? `Sett inn ${quote(t)}` : t.trim() === '' ? 'Fjern' : `Endre til ${quote(t)}`),
    insertModeline: 'Sett inn linjen som kobler planen til studyplans skjema',
    courseHover: (id, title, section) => `**${title}**  \nKurs \`${id}\`${section ? ` i avsnittet ${section}` : ''}`,
    unknownCourseHover: (id) => `Ingen kurs i planen har id \`${id}\`.`,
    configProblem: (m) => `studyplan.config.yaml kan ikke brukes: ${m}`,
  },
};
