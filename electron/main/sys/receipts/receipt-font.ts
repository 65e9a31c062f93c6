import { existsSync } from 'node:fs';
import { err, ok, type Result } from '../../../../shared/domain/result';

/** A font file and, inside a collection (.ttc), the PostScript name of the face to use. */
export type FontFace = { readonly path: string; readonly face?: string };
export type ReceiptFonts = { readonly regular: FontFace; readonly bold: FontFace };

/**
 * Where Noto Sans Mono CJK lives on the systems we know (Debian/Ubuntu `fonts-noto-cjk`, Fedora,
 * Arch). Its Latin glyphs are exactly half as wide as its Han ones, so the PDF keeps the printed
 * receipt's columns. TILLBOOK_RECEIPT_FONT (a .ttf/.otf, or a .ttc with TILLBOOK_RECEIPT_FONT_FACE)
 * overrides the search for other systems.
 */
const NOTO_DIRS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/google-noto-sans-cjk-fonts',
  '/usr/share/fonts/google-noto-cjk',
  '/usr/share/fonts/noto-cjk',
  '/usr/share/fonts/OTF',
];

function fromEnvironment(env: NodeJS.ProcessEnv): Result<ReceiptFonts> | null {
  const path = env['TILLBOOK_RECEIPT_FONT'];
  if (path === undefined || path === '') return null;
  if (!existsSync(path)) return err('receipt_font_missing', `TILLBOOK_RECEIPT_FONT names ${path}, which does not exist`);
  const face = env['TILLBOOK_RECEIPT_FONT_FACE'];
  const font: FontFace = face === undefined || face === '' ? { path } : { path, face };
  return ok({ regular: font, bold: font });
}

/**
 * The fonts the receipt PDF is set in, found at run time; `receipt_font_missing` with the places
 * looked at when there is none (install fonts-noto-cjk, or set TILLBOOK_RECEIPT_FONT).
 */
export function findReceiptFonts(env: NodeJS.ProcessEnv = process.env): Result<ReceiptFonts> {
  const chosen = fromEnvironment(env);
  if (chosen !== null) return chosen;
  for (const dir of NOTO_DIRS) {
    const regular = `${dir}/NotoSansCJK-Regular.ttc`;
    if (!existsSync(regular)) continue;
    const boldPath = `${dir}/NotoSansCJK-Bold.ttc`;
    const bold = existsSync(boldPath) ? { path: boldPath, face: 'NotoSansMonoCJKsc-Bold' } : { path: regular, face: 'NotoSansMonoCJKsc-Regular' };
    return ok({ regular: { path: regular, face: 'NotoSansMonoCJKsc-Regular' }, bold });
  }
  return err(
    'receipt_font_missing',
    `no Noto Sans CJK font (NotoSansCJK-Regular.ttc) in ${NOTO_DIRS.join(', ')}: install fonts-noto-cjk or set TILLBOOK_RECEIPT_FONT`,
  );
}
