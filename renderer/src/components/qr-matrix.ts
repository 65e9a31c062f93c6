import { create } from 'qrcode';

/** Light modules around the symbol that scanners need to find it (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

/** A horizontal run of dark modules in one row, in module units (quiet zone included). */
export type QrRun = { readonly x: number; readonly y: number; readonly width: number };

export type QrShape = {
  /** The side of the square in modules, quiet zone included. */
  readonly side: number;
  readonly runs: readonly QrRun[];
};

/**
 * The QR symbol of `text` as runs of dark modules, for an SVG of plain <rect>s: no canvas, no
 * data: URL, no inline <style> (the CSP allows none of them without a nonce). Error correction
 * M (15 %), enough for a printed sheet that gets a crease. Adjacent dark modules of a row are
 * merged into one rect, a fraction of the elements of one rect per module.
 */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let start = -1;
    for (let col = 0; col <= modules.size; col += 1) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && start === -1) start = col;
      if (!dark && start !== -1) {
        runs.push({ x: start + QR_QUIET_ZONE, y: row + QR_QUIET_ZONE, width: col - start });
        start = -1;
      }
    }
  }
  return { side: modules.size + 2 * QR_QUIET_ZONE, runs };
}
