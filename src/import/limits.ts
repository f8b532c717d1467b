/**
 * The bounds of an import. Every input is untrusted (a file from anyone, a page saved from
 * anywhere): these keep a hostile file from taking the machine's memory or time. A well-made
 * plan of a hundred pages is far inside all of them.
 */
export const IMPORT_LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** All entries of a .docx or .odt unpacked, together: a zip bomb stops here. */
  unzippedBytes: 100 * 1024 * 1024,
  /** Entries in a .docx or .odt (a real document has a few dozen). */
  zipEntries: 2_000,
  /** Unpacked size over packed size of one entry; XML packs about 10:1, a bomb 1000:1. */
  zipRatio: 200,
  /** Pages of a PDF read; a longer one is refused with a message rather than read for minutes. */
  pdfPages: 300,
  /** Blocks (headings, paragraphs, items) a document may have. */
  blocks: 50_000,
} as const;
