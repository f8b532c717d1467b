/** A file that cannot be a logo; `tooComplex` (the limit) when its drawing would expand past MAX_SVG_ELEMENTS. */
export class SvgError extends Error {
  constructor(
    message: string,
    readonly tooComplex?: number,
  ) {
    super(message);
  }
}
