import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';

import { QR_QUIET_ZONE, qrShape } from '../../renderer/src/components/qr-matrix';

/** Dark modules of the shape, as "row:col" of the symbol (quiet zone removed). */
function darkOf(text: string): Set<string> {
  const dark = new Set<string>();
  for (const run of qrShape(text).runs) {
    for (let x = run.x; x < run.x + run.width; x += 1) dark.add(`${run.y - QR_QUIET_ZONE}:${x - QR_QUIET_ZONE}`);
  }
  return dark;
}

describe('wallet QR matrix', () => {
  it('draws exactly the dark modules of the qrcode matrix, inside a 4-module quiet zone', () => {
    const text = '7K3M9QXR2V5A';
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const dark = darkOf(text);
    let expected = 0;
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        const isDark = modules.get(row, col) === 1;
        if (isDark) expected += 1;
        expect(dark.has(`${row}:${col}`), `${row}:${col}`).toBe(isDark);
      }
    }
    expect(dark.size).toBe(expected);
    expect(qrShape(text).side).toBe(modules.size + 2 * QR_QUIET_ZONE);
  });

  it('has the three finder patterns (a 7×7 dark ring around a 3×3 core)', () => {
    const shape = qrShape('7K3M9QXR2V5A');
    const size = shape.side - 2 * QR_QUIET_ZONE;
    const dark = darkOf('7K3M9QXR2V5A');
    for (const [top, left] of [[0, 0], [0, size - 7], [size - 7, 0]] as const) {
      for (let r = 0; r < 7; r += 1) {
        for (let c = 0; c < 7; c += 1) {
          const ring = r === 0 || r === 6 || c === 0 || c === 6;
          const core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
          expect(dark.has(`${top + r}:${left + c}`)).toBe(ring || core);
        }
      }
    }
  });

  it('merges a row’s neighbouring dark modules into one run', () => {
    const { runs } = qrShape('7K3M9QXR2V5A');
    const topRow = runs.filter((run) => run.y === QR_QUIET_ZONE);
    expect(topRow[0]).toEqual({ x: QR_QUIET_ZONE, y: QR_QUIET_ZONE, width: 7 });
  });
});
