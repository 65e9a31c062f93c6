// The Sell screen's barcode-burst detector, fed keys at made-up times (never the wall clock).
import { describe, expect, it } from 'vitest';

import { createScannerDetector } from '../../renderer/src/features/sell/scanner';
import type { ScannerVerdict } from '../../renderer/src/features/sell/scanner';

/** Feeds each key `gapMs` after the previous one, starting at `startMs`; returns the verdicts. */
function feedAll(detector: ReturnType<typeof createScannerDetector>, keys: readonly string[], gapMs: number, startMs = 1000): ScannerVerdict[] {
  return keys.map((key, i) => detector.feed(key, startMs + i * gapMs));
}

const burst = (code: string) => [...code, 'Enter'];

describe('scanner burst detector', () => {
  it('reads a fast burst ending in Enter as one scan; the first keys leak and are named', () => {
    const verdicts = feedAll(createScannerDetector(), burst('6901234567892'), 8);
    expect(verdicts[0]).toEqual({ kind: 'pass', fresh: true });
    expect(verdicts[1]).toEqual({ kind: 'pass', fresh: false });
    expect(verdicts[2]).toEqual({ kind: 'pass', fresh: false });
    expect(verdicts[3]).toEqual({ kind: 'confirm', leaked: 3 });
    expect(verdicts.slice(4, -1).every((v) => v.kind === 'swallow')).toBe(true);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '6901234567892' });
  });

  it('takes a four-character code (the shortest) and refuses three', () => {
    expect(feedAll(createScannerDetector(), burst('A1B2'), 5).at(-1)).toEqual({ kind: 'scan', code: 'A1B2' });
    const three = feedAll(createScannerDetector(), burst('A1B'), 5);
    expect(three.every((v) => v.kind === 'pass')).toBe(true);
  });

  it('lets a person’s typing through, however many keys, and their Enter too', () => {
    const verdicts = feedAll(createScannerDetector(), burst('4006381333931'), 120);
    expect(verdicts.every((v) => v.kind === 'pass')).toBe(true);
  });

  it('a gap just over the limit breaks the burst; one at the limit does not', () => {
    expect(feedAll(createScannerDetector({ maxGapMs: 35 }), burst('12345'), 35).at(-1)).toEqual({ kind: 'scan', code: '12345' });
    expect(feedAll(createScannerDetector({ maxGapMs: 35 }), burst('12345'), 36).every((v) => v.kind === 'pass')).toBe(true);
  });

  it('a pause inside a code starts a new possible burst with the key after it', () => {
    const detector = createScannerDetector();
    feedAll(detector, [...'12'], 5, 0);
    // 200 ms later: a person's key; then a real burst follows
    expect(detector.feed('x', 205)).toEqual({ kind: 'pass', fresh: true });
    const verdicts = feedAll(detector, burst('99887766'), 5, 500);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: '99887766' });
  });

  it('a burst that stops without Enter is over: the next slow key passes, a later Enter is ordinary', () => {
    const detector = createScannerDetector();
    const verdicts = feedAll(detector, [...'123456'], 5, 0);
    expect(verdicts.at(-1)).toEqual({ kind: 'swallow' });
    expect(detector.feed('a', 1000)).toEqual({ kind: 'pass', fresh: true });
    expect(detector.feed('Enter', 1300)).toEqual({ kind: 'pass', fresh: false });
  });

  it('a slow Enter after a burst is a person’s key, not the end of a scan', () => {
    const detector = createScannerDetector();
    feedAll(detector, [...'123456'], 5, 0);
    expect(detector.feed('Enter', 400)).toEqual({ kind: 'pass', fresh: false });
  });

  it('named keys (Shift between capitals) neither break nor join a burst', () => {
    const detector = createScannerDetector();
    const keys = ['Shift', 'A', 'Shift', 'B', 'C', 'Shift', 'D', 'Enter'];
    const verdicts = feedAll(detector, keys, 4);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: 'ABCD' });
  });

  it('drops a burst longer than the longest code, Enter included, and then works again', () => {
    const detector = createScannerDetector({ maxLength: 10 });
    expect(feedAll(detector, burst('x'.repeat(40)), 3).at(-1)).toEqual({ kind: 'drop' });
    expect(feedAll(detector, burst('12345678'), 3, 10_000).at(-1)).toEqual({ kind: 'scan', code: '12345678' });
  });

  it('reads the time from the injected clock when a key comes without one', () => {
    let now = 0;
    const detector = createScannerDetector({ clock: () => now });
    const verdicts = burst('ABCDE').map((key) => {
      now += 6;
      return detector.feed(key);
    });
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: 'ABCDE' });
    now += 1000;
    expect(detector.feed('Z')).toEqual({ kind: 'pass', fresh: true });
  });

  it('reset forgets a half-read burst', () => {
    const detector = createScannerDetector();
    feedAll(detector, [...'12345'], 5, 0);
    detector.reset();
    expect(detector.feed('6', 30)).toEqual({ kind: 'pass', fresh: true });
    expect(detector.feed('Enter', 35)).toEqual({ kind: 'pass', fresh: false });
  });
});
