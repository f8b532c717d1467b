import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isInside } from '../../src/pdf/request-guard.js';

// The paths a secretary's Windows laptop has: a drive letter, backslashes, spaces and a
// non-ASCII user name, checked with path.win32 whatever system the tests run on.
const out = 'C:\\Users\\Åsa Öberg\\Documents\\Studieplaner 2027\\out';

describe('Windows paths', () => {
  test('the PDF stage lets a page load what lies in its out folder, and nothing beside it', () => {
    const w = path.win32;
    expect(isInside(`${out}\\assets\\fonts\\source-serif-4.woff2`, out, w)).toBe(true);
    expect(isInside(out, out, w)).toBe(true);
    // Windows file names ignore letter case, Å/å too.
    expect(isInside('c:\\users\\åsa öberg\\documents\\studieplaner 2027\\out\\skåne.html', out, w)).toBe(true);
    expect(isInside('C:\\Users\\Åsa Öberg\\Documents\\Studieplaner 2027\\hemligt.txt', out, w)).toBe(false);
    expect(isInside('C:\\Users\\Åsa Öberg\\Documents\\Studieplaner 2027\\out-gammal\\x.pdf', out, w)).toBe(false);
    expect(isInside('D:\\Users\\Åsa Öberg\\Documents\\Studieplaner 2027\\out\\x.pdf', out, w)).toBe(false);
    expect(isInside('\\\\server\\share\\out\\x.pdf', out, w)).toBe(false);
  });

  test('a plan file becomes a file: URL and back unchanged (spaces and Å Ö escaped in between)', () => {
    const file = `${out}\\skåne hösten.html`;
    const url = pathToFileURL(file, { windows: true }).href;
    expect(url).toBe('file:///C:/Users/%C3%85sa%20%C3%96berg/Documents/Studieplaner%202027/out/sk%C3%A5ne%20h%C3%B6sten.html');
    expect(fileURLToPath(url, { windows: true })).toBe(file);
  });
});
