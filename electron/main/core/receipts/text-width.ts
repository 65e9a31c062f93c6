import { eastAsianWidth } from 'get-east-asian-width';

/**
 * How many columns a character takes on the medium a layout is for:
 * - 'display': a CJK monospace font (the PDF, the screen): East Asian Width, ambiguous as narrow.
 * - 'gb18030': a thermal printer in its Chinese mode: every byte below 0x80 is a half-width glyph
 *   and every multi-byte GB18030 character a full-width one, so anything outside ASCII is 2.
 * - 'single': a printer on a single-byte code page: one column per character.
 */
export type WidthMode = 'display' | 'gb18030' | 'single';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200D\uFE00-\uFE0F]$/u;

export function charWidth(ch: string, mode: WidthMode): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (mode === 'single') return 1;
  if (mode === 'gb18030') return cp < 0x80 ? 1 : 2;
  if (ZERO_WIDTH.test(ch)) return 0;
  return eastAsianWidth(cp, { ambiguousAsWide: false });
}

/** Columns of a whole string, by code point (a surrogate pair is one character). */
export function textWidth(text: string, mode: WidthMode): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, mode);
  return width;
}

/** `text` followed by spaces up to `width` columns (unchanged when already as wide or wider). */
export function padEnd(text: string, width: number, mode: WidthMode): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text, mode)));
}

/** Spaces then `text`, right-aligned in `width` columns. */
export function padStart(text: string, width: number, mode: WidthMode): string {
  return ' '.repeat(Math.max(0, width - textWidth(text, mode))) + text;
}

/** `text` centred in `width` columns (the odd column goes to the right). */
export function center(text: string, width: number, mode: WidthMode): string {
  const left = Math.max(0, Math.floor((width - textWidth(text, mode)) / 2));
  return ' '.repeat(left) + text;
}

// A wrap unit: a run of spaces, one wide character, or a run of anything else (a Latin word).
const TOKEN = /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]+/gu;

/** Splits a token wider than a line by whole characters, never inside a double-width one. */
function splitByChars(token: string, width: number, mode: WidthMode): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of token) {
    if (part !== '' && textWidth(part, mode) + charWidth(ch, mode) > width) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part !== '') parts.push(part);
  return parts;
}

// Closing punctuation never starts a line (GB/T 15834 and JIS X 4051 line-breaking rules).
const NO_LINE_START = /^[)\]}>,.!?:;%）］｝〕〉》」』】〙〗、。，．！？：；％・ー～]/u;

/** Where a line ends before `next`: a closing mark takes the line's last character with it. */
function breakBefore(line: string, next: string, width: number, mode: WidthMode): [kept: string, carried: string] {
  const chars = Array.from(line);
  const last = chars[chars.length - 1] ?? '';
  const carry = NO_LINE_START.test(next) && chars.length >= 2 && !/\s/u.test(last) && textWidth(last + next, mode) <= width;
  return carry ? [chars.slice(0, -1).join(''), last] : [line, ''];
}

/**
 * Greedy wrap into lines of at most `width` columns: Latin words stay whole where they fit, CJK
 * text breaks between any two characters, a double-width character is never cut, and spaces at
 * a break are dropped. Always at least one line (an empty string gives ['']).
 */
export function wrap(text: string, width: number, mode: WidthMode): string[] {
  if (width < 2) throw new RangeError(`wrap width ${width} cannot hold a double-width character`);
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const isSpace = /^\s+$/u.test(token);
    if (textWidth(line, mode) + textWidth(token, mode) <= width) {
      if (!(isSpace && line === '')) line += token;
      continue;
    }
    if (isSpace) {
      lines.push(line.trimEnd());
      line = '';
      continue;
    }
    const pieces = textWidth(token, mode) > width ? splitByChars(token, width, mode) : [token];
    for (const piece of pieces) {
      if (line.trimEnd() !== '' && textWidth(line, mode) + textWidth(piece, mode) > width) {
        const [kept, carried] = breakBefore(line.trimEnd(), piece, width, mode);
        lines.push(kept);
        line = carried;
      }
      line += piece;
    }
  }
  lines.push(line.trimEnd());
  return lines;
}
