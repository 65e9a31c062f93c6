import iconv from 'iconv-lite';

/** One printed line as a test reads it back from ESC/POS bytes. */
export type PrintedLine = { readonly text: string; readonly columns: number; readonly large: boolean; readonly chinese: boolean };

export type ReadBack = { readonly lines: PrintedLine[]; readonly qr: string[]; readonly cut: boolean };

/** Printed columns in Chinese mode: an ASCII byte is half width, every other character full width. */
const printedColumns = (text: string, chinese: boolean): number =>
  chinese ? Array.from(text).reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2), 0) : Array.from(text).length;

/**
 * Reads the ESC/POS commands our encoder emits and collects the printed text per line, decoded
 * with GB18030 in Chinese mode (CP858 is not needed: the golden en receipt is ASCII). Any command
 * it does not know fails the read, so a new command in the output is looked at.
 */
export function readEscPos(bytes: Uint8Array): ReadBack {
  const lines: PrintedLine[] = [];
  const qr: string[] = [];
  let chinese = false;
  let large = false;
  let cut = false;
  let pending: number[] = [];
  let i = 0;
  const flush = () => {
    const text = iconv.decode(Buffer.from(pending), chinese ? 'gb18030' : 'latin1');
    lines.push({ text, columns: printedColumns(text, chinese), large, chinese });
    pending = [];
  };
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n1 = bytes[i + 1] ?? 0;
    if (b === 0x0a) { flush(); i += 1; continue; }
    if (b === 0x1b && n1 === 0x40) { i += 2; continue; } // ESC @
    if (b === 0x1c && (n1 === 0x26 || n1 === 0x2e)) { chinese = n1 === 0x26; i += 2; continue; } // FS & / FS .
    if (b === 0x1b && [0x4d, 0x45, 0x61, 0x74].includes(n1)) { i += 3; continue; } // ESC M/E/a/t n
    if (b === 0x1d && n1 === 0x21) { large = (bytes[i + 2] ?? 0) !== 0; i += 3; continue; } // GS ! n
    if (b === 0x1d && n1 === 0x56) { cut = true; i += 3; continue; } // GS V m
    if (b === 0x1d && n1 === 0x28 && bytes[i + 2] === 0x6b) { // GS ( k pL pH cn fn …
      const len = (bytes[i + 3] ?? 0) + 256 * (bytes[i + 4] ?? 0);
      const body = bytes.slice(i + 5, i + 5 + len);
      if (body[0] === 0x31 && body[1] === 0x50) qr.push(Buffer.from(body.slice(3)).toString('latin1'));
      i += 5 + len;
      continue;
    }
    if (b < 0x20) throw new Error(`unknown control byte 0x${b.toString(16)} at ${i}`);
    pending.push(b);
    i += 1;
  }
  if (pending.length > 0) flush();
  return { lines, qr, cut };
}
