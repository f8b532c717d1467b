/** A template's page settings (template.json `page`), read by the template loader; the PDF stage lays pages out with them. */
export interface PageSize {
  margin: string;
  furnitureSize: string;
}

export interface PageSettings {
  A4: PageSize;
  A5: PageSize;
  furnitureFont: string;
  furnitureColor: string;
  /** The layout ends with a back cover: the folded booklet keeps it as its last page. */
  backCover?: boolean;
}
