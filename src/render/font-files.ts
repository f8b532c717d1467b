import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';

/**
 * A font package's @font-face name as studyplan takes it (`/* source-sans-3-latin-400-normal *\/`):
 * letters, digits and hyphens only, so the file it names (files/NAME.woff2) and the copy written
 * (OUT/assets/fonts/NAME.woff2) stay where they belong: a crafted name such as
 * `../../../x-latin-400-normal` is no name at all.
 */
export const FONT_FACE_NAME = /^[a-z0-9][a-z0-9-]*-latin(-ext)?-\d+-(normal|italic)$/i;

const isInside = (file: string, dir: string): boolean => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** The folder of the npm package FILE belongs to: the folder below the last node_modules/[@scope/]. */
export function packageFolder(file: string): string {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return path.dirname(file);
  return parts.slice(0, at + (parts[at + 1]?.startsWith('@') ? 3 : 2)).join(path.sep);
}

/**
 * The font files of a template go through the checks every other asset does: FILE (a font CSS
 * file or a font file it names), symlinks resolved, lies inside its font package, and a package
 * the template brings (FROM_TEMPLATE: resolved through the template's own node_modules; node
 * resolves symlinks, so the resolved path alone cannot tell) lies inside the template folder. So a symlinked font file cannot copy /etc/passwd into OUT/assets/fonts/.
 */
export async function checkFontFile(file: string, cssFile: string, templateDir: string, spec: string, fromTemplate: boolean): Promise<void> {
  const pkg = packageFolder(cssFile);
  const [realFile, realPkg, realTemplate] = await Promise.all([realpath(file).catch(() => undefined), realpath(pkg).catch(() => pkg), realpath(templateDir).catch(() => templateDir)]);
  if (realFile === undefined) {
    throw new RunError('template/font', {
      kind: 'missing',
      spec: JSON.stringify(spec),
      file: path.basename(file),
    });
  }
  if (!isInside(realFile, realPkg) || (fromTemplate && !isInside(realFile, realTemplate))) {
    throw new RunError('template/outside', { kind: 'font', spec: JSON.stringify(spec), name: path.basename(file), target: realFile });
  }
}
