/** The language server's own words (src/lsp/); its findings are worded by the lint engine. */
export interface LspWords {
  /** Title of the quick fix that applies a finding's fix: text put in place of the range, or inserted. */
  applyFix: (text: string, inserts: boolean) => string;
  insertModeline: string;
  courseHover: (id: string, title: string, section: string | undefined) => string;
  unknownCourseHover: (id: string) => string;
  configProblem: (message: string) => string;
}

/** Typed as LspWords where it is written: its keys are checked there. */
export const lspWords = (w: LspWords): LspWords => w;

/** A fix's text as the quick fix's title shows it: on one line, cut short. */
export const fixText = (t: string): string => `\`${t.trim().replace(/\s+/g, ' ').slice(0, 60)}\``;
