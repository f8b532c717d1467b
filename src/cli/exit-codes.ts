/** The exit-code contract, the same in the README, the code and the tests. */
export const EXIT = {
  /** done; no errors in the input */
  OK: 0,
  /** the input has errors (or more warnings than --max-warnings) */
  INPUT: 1,
  /** could not run: usage, missing file or browser, template error, a bug */
  RUN: 2,
} as const;
