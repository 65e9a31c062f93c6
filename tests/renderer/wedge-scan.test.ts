import { describe, expect, it } from 'vitest';

import { createWedgeDetector, WEDGE_DEFAULTS } from '../../renderer/src/components/wedge-scan';
import type { WedgeVerdict } from '../../renderer/src/components/wedge-scan';

/** Feeds `text` then Enter, one key every `gapMs`, from `startMs`; returns every verdict. */
function burst(text: string, gapMs: number, startMs = 1000): WedgeVerdict[] {
  const detector = createWedgeDetector();
  const keys = [...text, 'Enter'];
  return keys.map((key, i) => detector.feed(key, startMs + i * gapMs));
}

describe('keyboard-wedge scan detector', () => {
  it('delivers a fast burst ending in Enter as one raw string (track 2 here, parsed by main)', () => {
    const raw = ';4111111111111111=29121010000000000?';
    const verdicts = burst(raw, 8);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', raw });
    // the first two keys pass (a person could have typed them), the rest stay out of the field
    expect(verdicts.slice(0, 2).map((v) => v.kind)).toEqual(['pass', 'pass']);
    expect(verdicts.slice(2, -1).every((v) => v.kind === 'swallow')).toBe(true);
  });

  it('takes track 1 with its separators and spaces', () => {
    const raw = '%B4111111111111111^CHEN/MEI ^2912101?';
    expect(burst(raw, 5).at(-1)).toEqual({ kind: 'scan', raw });
  });

  it('leaves a person’s typing alone, however long, and their Enter too', () => {
    const verdicts = burst('4111111111111111', 120);
    expect(verdicts.every((v) => v.kind === 'pass')).toBe(true);
  });

  it('a burst shorter than the minimum is not a scan', () => {
    expect(burst('12345', 5).at(-1)).toEqual({ kind: 'pass' });
    expect(WEDGE_DEFAULTS.minLength).toBe(6);
  });

  it('a slow Enter after a burst, or a pause inside it, is not a scan', () => {
    const detector = createWedgeDetector();
    let at = 0;
    for (const key of '4111111111111111') detector.feed(key, (at += 5));
    expect(detector.feed('Enter', at + 500)).toEqual({ kind: 'pass' });
    // a pause restarts the burst: only what came after it counts
    for (const key of '41111111') detector.feed(key, (at += 5));
    at += 400;
    for (const key of '1234567') detector.feed(key, (at += 5));
    expect(detector.feed('Enter', at + 5)).toEqual({ kind: 'scan', raw: '1234567' });
  });

  it('ignores modifier keys inside a burst and drops an overlong one', () => {
    const detector = createWedgeDetector();
    let at = 0;
    for (const key of ['%', 'Shift', 'B', '4', '1', '1', '1', '1']) detector.feed(key, (at += 4));
    expect(detector.feed('Enter', at + 4)).toEqual({ kind: 'scan', raw: '%B41111' });
    for (let i = 0; i < WEDGE_DEFAULTS.maxLength + 10; i += 1) detector.feed('7', (at += 4));
    expect(detector.feed('Enter', at + 4)).toEqual({ kind: 'pass' });
  });
});
