/**
 * How much of a plan file studyplan reads. Real plans are 2–25 kB; the limits leave room for
 * any plan while keeping a hostile file's cost bounded (measured in docs/hardening.md: a dense
 * 1 MiB file of 100 000 keys or 65 000 list items is linted in about 5 s and 0.6 GB; at 5 MiB
 * it took 25 s and 1.7 GB). Their own module, so that build can check a size without loading yaml.
 */
/** Larger plans are refused before parsing, so that time and memory stay bounded. */
export const MAX_PLAN_BYTES = 1024 * 1024;
/** An alias may be expanded this many times at most (an "alias bomb" stops here). */
export const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than this is refused: no study plan needs it, and deep recursion can crash. */
export const MAX_DEPTH = 64;

/**
 * What a plan may hold to be printed: lint refuses more (plan/too-long-text, plan/too-many-items,
 * errors), so that a plan lint passes also builds within the print timeout. Real plans have
 * 5–80 courses and texts of a few thousand characters; measured in docs/hardening.md (1 000
 * courses with --booklet printed in 26 s on a loaded two-core machine; 5 000 ran into the 60 s
 * print timeout at 3.5 GB).
 */
export const MAX_TEXT_CHARS = 50_000;
/** Courses, calendar events and appendices of one plan together. */
export const MAX_PRINTED_ITEMS = 500;
/** The characters of all a plan's texts together (about 60 printed pages). */
export const MAX_PRINTED_CHARS = 150_000;
