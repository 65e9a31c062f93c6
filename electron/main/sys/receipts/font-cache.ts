import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import type { FontFace } from './receipt-font';

const opened = new Map<string, Font>();

/**
 * A receipt font parsed once per process and kept: each of Noto's CJK collections is a ~20 MB
 * file, and reading and parsing it for every PDF made a render take ~300 ms (~100 ms kept). The
 * cost is the files held in memory once a receipt has been rendered. pdfkit embeds a fresh subset
 * of the kept font in each document.
 */
export function openedFont(face: FontFace): Font {
  const key = `${face.path}\n${face.face ?? ''}`;
  const kept = opened.get(key);
  if (kept !== undefined) return kept;
  const font = create(readFileSync(face.path), face.face);
  if (!('layout' in font)) throw new Error(`${face.path} is a font collection: name the face to use`);
  opened.set(key, font);
  return font;
}
