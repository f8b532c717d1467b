import { createHash } from 'node:crypto';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from './pdf-lib.js';
import type { OpenedPdf } from './outline-pages.js';
import { PdfObjects } from './pdf-objects.js';
import { dropSoftHyphens } from './soft-hyphens.js';
import { VERSION } from '../version.js';
import type { PdfMeta } from './types.js';

/** Stands in for the document id until the content is known; 16 bytes, unlikely anywhere else. */
const ID_PLACEHOLDER = Buffer.from('studyplan-id-tbd').toString('hex');

/**
 * Turns Chromium's PDF into the booklet: the metadata from the plan (Title, Author = the
 * organisation, Subject, Keywords, Creator/Producer, dates, XMP), the title shown in the viewer's
 * title bar, and everything that differed from run to run (dates, /ID) made a function of the
 * content, so the same plan gives the same bytes; the hyphenation's unused break points leave the
 * text layer (soft-hyphens.ts). Tags, /Lang and the outline are kept as they are.
 *
 * A file opened object by object (pdf-objects.ts) is written back with only the catalog, the
 * Info dictionary, the objects read (the outline) and the new XMP stream written anew; every
 * other object is copied as Chromium wrote it. Anything else goes through pdf-lib whole. The first
 * writer is kept for speed: bench/finalize.mjs measures it against the second.
 */
export async function finalizePdf(chromiumPdf: Uint8Array | OpenedPdf, meta: PdfMeta): Promise<Uint8Array> {
  const objects = chromiumPdf instanceof Uint8Array ? PdfObjects.open(chromiumPdf) : chromiumPdf instanceof PdfObjects ? chromiumPdf : undefined;
  if (objects) return withContentId(finalizeObjects(objects, meta));
  const pdf = chromiumPdf instanceof PDFDocument ? chromiumPdf : await PDFDocument.load(chromiumPdf as Uint8Array, { updateMetadata: false, parseSpeed: Infinity });
  const tool = `studyplan ${VERSION}`;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  if (meta.subject) pdf.setSubject(meta.subject);
  if (meta.keywords?.length) pdf.setKeywords(meta.keywords);
  pdf.setCreator(tool);
  pdf.setProducer(tool);
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  pdf.setLanguage(meta.lang);
  const { context } = pdf;
  dropSoftHyphens({ context, catalog: pdf.catalog, lookup: (o) => (o instanceof PDFRef ? context.lookup(o) : o), replace: (ref, value) => context.assign(ref, value) });

  const xmp = Buffer.from(xmpPacket(meta, tool), 'utf8');
  const metadata = pdf.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));

  const placeholder = PDFHexString.of(ID_PLACEHOLDER);
  pdf.context.trailerInfo.ID = PDFArray.withContext(pdf.context);
  (pdf.context.trailerInfo.ID as PDFArray).push(placeholder);
  (pdf.context.trailerInfo.ID as PDFArray).push(placeholder);
  // No object streams: Chromium writes PDF 1.4, which predates them.
  // objectsPerTick: pdf-lib otherwise yields to the event loop every 50 objects, a timer tick each.
  const bytes = await pdf.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return withContentId(bytes);
}

/** The same changes as pdf-lib's setters above make, on a file opened object by object. */
function finalizeObjects(objects: PdfObjects, meta: PdfMeta): Uint8Array {
  const { context, catalog } = objects;
  dropSoftHyphens(objects);
  const tool = `studyplan ${VERSION}`;
  // Chromium's Info (its HTML title, its own name, the time of printing) is rewritten, entries it has that we do not set are kept.
  const info = objects.info ?? PDFDict.withContext(context);
  const text = (key: string, value: string): void => info.set(PDFName.of(key), PDFHexString.fromText(value));
  text('Title', meta.title);
  text('Author', meta.author);
  if (meta.subject) text('Subject', meta.subject);
  if (meta.keywords?.length) text('Keywords', meta.keywords.join(' '));
  text('Creator', tool);
  text('Producer', tool);
  info.set(PDFName.of('CreationDate'), PDFString.fromDate(meta.date));
  info.set(PDFName.of('ModDate'), PDFString.fromDate(meta.date));

  const prefs = objects.dict(catalog.get(PDFName.of('ViewerPreferences')));
  const viewer = prefs ? prefs.clone(context) : PDFDict.withContext(context);
  viewer.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
  catalog.set(PDFName.of('ViewerPreferences'), viewer);
  catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));

  const xmp = Buffer.from(xmpPacket(meta, tool), 'utf8');
  const added: PDFObject[] = [context.stream(xmp, { Type: 'Metadata', Subtype: 'XML', Length: xmp.length })];
  const infoRef = objects.trailer.get(PDFName.of('Info'));
  if (!(infoRef instanceof PDFRef)) added.push(info);
  // write() numbers the added objects on from the file's own (and adopted) ones: the stream first, then a new Info.
  const nextNumber = objects.nextNumber;
  catalog.set(PDFName.of('Metadata'), PDFRef.of(nextNumber));
  const infoAt = infoRef instanceof PDFRef ? infoRef : PDFRef.of(nextNumber + 1);

  const placeholder = PDFHexString.of(ID_PLACEHOLDER);
  return objects.write(added, (newSize) => context.obj({ Size: newSize, Root: objects.trailer.get(PDFName.of('Root')) ?? null, Info: infoAt, ID: [placeholder, placeholder] }));
}

/** The trailer's /ID becomes a hash of the file as written with the placeholder id. */
function withContentId(bytes: Uint8Array): Uint8Array {
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  const out = Buffer.from(bytes);
  const needle = Buffer.from(`<${ID_PLACEHOLDER}>`);
  const tail = Math.max(0, out.length - 4096); // the trailer is at the end
  let found = 0;
  for (let at = out.indexOf(needle, tail); at !== -1; at = out.indexOf(needle, at + needle.length)) {
    out.write(`<${id}>`, at, 'latin1');
    found++;
  }
  if (found !== 2) throw new Error(`post-processing the PDF: expected the document id twice in the trailer, found it ${found} times`);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function xmpPacket(meta: PdfMeta, tool: string): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = esc(meta.lang);
  const keywords = meta.keywords?.length
    ? `<pdf:Keywords>${esc(meta.keywords.join(', '))}</pdf:Keywords><dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${esc(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`
    : '';
  const description = meta.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="${lang}">${esc(meta.subject)}</rdf:li></rdf:Alt></dc:description>` : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${esc(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
${description}${keywords}
<pdf:Producer>${esc(tool)}</pdf:Producer>
<xmp:CreatorTool>${esc(tool)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

function esc(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}
