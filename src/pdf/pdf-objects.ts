import { PDFArray, PDFContext, PDFDict, PDFName, PDFObjectCopier, PDFObjectParser, PDFRef, type PDFObject } from './pdf-lib.js';

/** Where an object's bytes start, and its generation. */
interface XrefEntry {
  num: number;
  gen: number;
  offset: number;
}

/**
 * A PDF read object by object, as needed: the cross-reference table says where each object
 * starts, and only the objects asked for are parsed (with pdf-lib's own object parser). Reading
 * the outline of a booklet then touches some 50 small dictionaries instead of all of the file
 * (the structure tree alone is hundreds of objects), and `write` copies every object not
 * touched byte for byte.
 *
 * Only the files Chromium writes are taken: one classic cross-reference table (no xref streams,
 * no incremental updates), objects numbered 1…Size−1 without gaps. `open` returns undefined for
 * anything else, and the caller parses the file whole with pdf-lib.
 */
export class PdfObjects {
  readonly context = PDFContext.create();
  readonly catalog: PDFDict;
  readonly info: PDFDict | undefined;
  private readonly parsed = new Map<number, PDFObject>();
  /** Each parsed object as pdf-lib writes it right after parsing: `write` rewrites only those that differ now. */
  private readonly asParsed = new Map<number, Buffer>();
  /** Where each object's bytes end: where the next object (or the table) starts. */
  private readonly ends = new Map<number, number>();
  /** Objects brought in from another file (adopt), numbered on from Size in the order they came. */
  private readonly adopted: [PDFRef, PDFObject][] = [];

  private constructor(
    readonly bytes: Uint8Array,
    private readonly entries: Map<number, XrefEntry>,
    private readonly xrefOffset: number,
    readonly trailer: PDFDict,
  ) {
    const inFileOrder = [...entries.values()].sort((a, b) => a.offset - b.offset);
    inFileOrder.forEach((e, i) => this.ends.set(e.num, inFileOrder[i + 1]?.offset ?? xrefOffset));
    const catalog = this.lookup(trailer.get(PDFName.of('Root')));
    if (!(catalog instanceof PDFDict)) throw new Error('no catalog');
    this.catalog = catalog;
    const info = trailer.get(PDFName.of('Info'));
    this.info = info === undefined ? undefined : this.dict(info);
    if (info !== undefined && !this.info) throw new Error('the /Info entry is not a dictionary');
  }

  /** The file opened for object-by-object reading, or undefined when it is not laid out as Chromium lays it out. */
  static open(bytes: Uint8Array): PdfObjects | undefined {
    try {
      const xrefOffset = findStartXref(bytes);
      const { entries, trailerAt } = readXref(bytes, xrefOffset);
      const context = PDFContext.create();
      const trailer = PDFObjectParser.forBytes(bytes.subarray(trailerAt), context).parseObject();
      if (!(trailer instanceof PDFDict)) return undefined;
      // A file updated in place has more than one table; an xref stream is PDF 1.5. Neither comes from Chromium.
      if (trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('XRefStm'))) return undefined;
      const size = trailer.get(PDFName.of('Size'));
      if (entries.size === 0 || size?.toString() !== String(entries.size + 1)) return undefined;
      for (let n = 1; n <= entries.size; n++) if (!entries.has(n)) return undefined;
      return new PdfObjects(bytes, entries, xrefOffset, trailer);
    } catch {
      return undefined;
    }
  }

  /** An object by its reference (a direct object is returned as it is); parsed once, then kept. */
  lookup(obj: PDFObject | undefined): PDFObject | undefined {
    if (!(obj instanceof PDFRef)) return obj;
    const known = this.parsed.get(obj.objectNumber);
    if (known) return known;
    if (obj.objectNumber > this.entries.size) return this.context.lookup(obj);
    const entry = this.entries.get(obj.objectNumber);
    if (!entry || entry.gen !== obj.generationNumber) return undefined;
    const head = /^(\d+)\s+(\d+)\s+obj\b\s*/.exec(latin1(this.bytes, entry.offset, 40));
    if (!head || Number(head[1]) !== entry.num || Number(head[2]) !== entry.gen) throw new Error(`object ${entry.num} is not where the cross-reference table says`);
    const value = PDFObjectParser.forBytes(this.bytes.subarray(entry.offset + head[0].length, this.end(entry)), this.context).parseObject();
    this.parsed.set(entry.num, value);
    this.asParsed.set(entry.num, Buffer.from(bytesOf(value)));
    return value;
  }

  /** Puts `value` in the place of object `ref`: written anew by `write`, under the same number. */
  replace(ref: PDFRef, value: PDFObject): void {
    if (!this.lookup(ref)) throw new Error(`object ${ref.toString()} is not in the file`);
    this.parsed.set(ref.objectNumber, value);
  }

  /**
   * Copies `value` out of another file's `from` context into this one, with every object it
   * refers to (fonts, images) numbered on after this file's own: the copy, ready to be put in
   * one of this file's objects. Written by `write` after the file's own objects.
   */
  adopt<T extends PDFObject>(value: T, from: PDFContext): T {
    this.context.largestObjectNumber = Math.max(this.context.largestObjectNumber, this.entries.size + this.adopted.length);
    const before = new Set(this.context.enumerateIndirectObjects().map(([ref]) => ref.objectNumber));
    const copy = PDFObjectCopier.for(from, this.context).copy(value);
    for (const [ref, obj] of this.context.enumerateIndirectObjects()) if (!before.has(ref.objectNumber)) this.adopted.push([ref, obj]);
    this.adopted.sort((a, b) => a[0].objectNumber - b[0].objectNumber);
    return copy;
  }

  /** The number the next object added by `write` gets. */
  get nextNumber(): number {
    return this.entries.size + 1 + this.adopted.length;
  }

  dict(obj: PDFObject | undefined): PDFDict | undefined {
    const value = this.lookup(obj);
    return value instanceof PDFDict ? value : undefined;
  }

  array(obj: PDFObject | undefined): PDFArray | undefined {
    const value = this.lookup(obj);
    return value instanceof PDFArray ? value : undefined;
  }

  /**
   * The file again: objects changed since they were parsed are written anew, `add` appends new
   * ones (numbered on from Size), every other object is copied byte for byte. A fresh cross-reference table and the
   * trailer `trailer(size)` close it.
   */
  write(add: readonly PDFObject[], trailer: (size: number) => PDFDict): Uint8Array {
    const inFileOrder = [...this.entries.values()].sort((a, b) => a.offset - b.offset);
    const first = inFileOrder[0]?.offset ?? this.xrefOffset;
    const chunks: Uint8Array[] = [this.bytes.subarray(0, first)];
    let at = first;
    const offsets = new Map<number, number>();
    const push = (chunk: Uint8Array): void => {
      chunks.push(chunk);
      at += chunk.length;
    };
    const writeObject = (num: number, gen: number, value: Uint8Array): void => {
      offsets.set(num, at);
      push(ascii(`${num} ${gen} obj\n`));
      push(value);
      push(ascii('\nendobj\n'));
    };
    for (const entry of inFileOrder) {
      const value = this.parsed.get(entry.num);
      const now = value && bytesOf(value);
      if (now && !this.asParsed.get(entry.num)?.equals(now)) writeObject(entry.num, entry.gen, now);
      else {
        offsets.set(entry.num, at);
        push(this.bytes.subarray(entry.offset, this.end(entry)));
      }
    }
    let size = this.entries.size + 1;
    for (const [ref, value] of this.adopted) {
      if (ref.objectNumber !== size) throw new Error("adopted objects are not numbered on from the file's own");
      writeObject(size++, 0, bytesOf(value));
    }
    for (const value of add) writeObject(size++, 0, bytesOf(value));
    const xrefAt = at;
    let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let n = 1; n < size; n++) xref += `${String(offsets.get(n)).padStart(10, '0')} ${String(this.entries.get(n)?.gen ?? 0).padStart(5, '0')} n \n`;
    push(ascii(xref));
    push(ascii('trailer\n'));
    push(bytesOf(trailer(size)));
    push(ascii(`\nstartxref\n${xrefAt}\n%%EOF\n`));
    return Buffer.concat(chunks);
  }

  private end(entry: XrefEntry): number {
    return this.ends.get(entry.num) ?? this.xrefOffset;
  }
}

function findStartXref(bytes: Uint8Array): number {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), 1024);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('no startxref');
  return Number(match[1]);
}

function readXref(bytes: Uint8Array, offset: number): { entries: Map<number, XrefEntry>; trailerAt: number } {
  const text = latin1(bytes, offset, bytes.length - offset);
  const head = /^xref\s*/y;
  if (!head.exec(text)) throw new Error('no xref table');
  const entries = new Map<number, XrefEntry>();
  const section = /(\d+) (\d+)\s*/y;
  const row = /(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)/y;
  let pos = head.lastIndex;
  for (;;) {
    section.lastIndex = pos;
    const s = section.exec(text);
    if (!s) break;
    pos = section.lastIndex;
    const start = Number(s[1]);
    const count = Number(s[2]);
    for (let i = 0; i < count; i++) {
      row.lastIndex = pos;
      const r = row.exec(text);
      if (!r) throw new Error('bad xref row');
      pos = row.lastIndex;
      const num = start + i;
      if (r[3] === 'n' && num !== 0) entries.set(num, { num, gen: Number(r[2]), offset: Number(r[1]) });
    }
  }
  const trailer = /\s*trailer\s*/y;
  trailer.lastIndex = pos;
  if (!trailer.exec(text)) throw new Error('no trailer');
  const offsets = new Set<number>();
  for (const e of entries.values()) {
    if (e.offset <= 0 || e.offset >= offset || offsets.has(e.offset)) throw new Error('object offsets do not make sense');
    offsets.add(e.offset);
  }
  return { entries, trailerAt: offset + trailer.lastIndex };
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1');
}

function ascii(s: string): Uint8Array {
  return Buffer.from(s, 'latin1');
}

function bytesOf(value: PDFObject): Uint8Array {
  const out = new Uint8Array(value.sizeInBytes());
  value.copyBytesInto(out, 0);
  return out;
}
