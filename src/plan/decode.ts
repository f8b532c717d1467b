import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The text of a plan file's bytes, and the one encoding problem it has, if any (the text is then the good prefix). */
export type Decoded = { text: string; problem?: (file: string, text: string) => Diagnostic };

export function decode(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul !== -1) {
    return { text: '', problem: (file) => diagnostic(file, FILE_START, 'error', 'yaml/encoding', 'The file is binary data, not a YAML text file.', 'Save the plan as plain text (UTF-8).') };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // A NUL further in (past the head that tells binary files) would pass into the HTML and the PDF title.
    const at = text.indexOf('\0');
    if (at === -1) return { text };
    return cutAt(text.slice(0, at), (line) => [`The file has a NUL byte at line ${line}: it is not a plain text file.`, 'Save the plan as plain text (UTF-8).']);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return cutAt(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)), (line) => [
      `The file is not UTF-8 (byte 0x${bytes[bad]!.toString(16).toUpperCase()} at line ${line}); it looks like Latin-1 or Windows-1252.`,
      'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).',
    ]);
  }
}

/** The good PREFIX, and the problem where it ends (the first character after it). */
function cutAt(prefix: string, say: (line: number) => [string, string]): Decoded {
  const line = prefix.split('\n').length;
  const column = prefix.length - prefix.lastIndexOf('\n');
  const [message, hint] = say(line);
  return { text: prefix, problem: (file) => diagnostic(file, { start: { line, column }, end: { line, column: column + 1 } }, 'error', 'yaml/encoding', message, hint) };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix; cut points inside a sequence are tolerated by `stream`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}
