import { CSV_PART_CHARS_MAX } from '../../../../shared/ipc/contract/catalog-schemas';

/**
 * Bytes one part may take as a JSON string: the web host takes 64 KiB bodies
 * (PAYLOAD_BYTES_MAX), and the rest of the call (ids, mode, keys) needs a little room.
 */
export const PART_JSON_BYTES_MAX = 56_000;

/** What one UTF-16 unit costs inside a JSON string sent as UTF-8. */
function costOf(code: number): number {
  if (code === 0x22 || code === 0x5c || code === 0x0a || code === 0x0d || code === 0x09) return 2;
  if (code < 0x20) return 6;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  // a surrogate half: a pair is 4 bytes in UTF-8
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

/**
 * Cuts a file's text into the consecutive slices catalog.importCsv takes: each within the
 * character bound and the byte budget, never between the two halves of a surrogate pair (a lone
 * half is refused at the boundary). Main joins them and reads the CSV as one.
 */
export function csvParts(text: string, budget = PART_JSON_BYTES_MAX): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const cost = costOf(code);
    if (bytes + cost > budget || i - start >= CSV_PART_CHARS_MAX) {
      // A low surrogate stays with its high half: the cut moves one unit back.
      const low = code >= 0xdc00 && code <= 0xdfff && i > 0;
      const cut = low ? i - 1 : i;
      if (cut > start) {
        parts.push(text.slice(start, cut));
        start = cut;
        bytes = 2 + (low ? costOf(text.charCodeAt(cut)) : 0);
      }
    }
    bytes += cost;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts;
}
