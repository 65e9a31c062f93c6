/**
 * A barcode scanner is a keyboard: it types a whole code in a burst, far faster than a person, and
 * ends it with Enter. This detector tells such a burst from typing by the gaps between keys, and
 * is pure: time comes with each key (or from the injected clock), so tests use made-up times.
 *
 * A person can roll two or three keys within a few milliseconds, but not `minLength` keys in a
 * row each within `maxGapMs`: only from the `minLength`-th quick key is the detector sure. The
 * keys before it were already let through (nobody can know earlier), so the verdict that confirms
 * a burst says how many leaked, and the caller takes them back out of the focused field.
 */
export type ScannerOptions = {
  /** The longest gap between two keys of a burst. Readers send a key every 2–20 ms. */
  readonly maxGapMs: number;
  /** The shortest code that counts as a scan; also the key at which a burst is confirmed. */
  readonly minLength: number;
  /** A longer burst is dropped, not delivered (a stuck key, a pasted page). */
  readonly maxLength: number;
  /** The time of a key when the caller gives none (an event's timeStamp is better). */
  readonly clock: () => number;
};

export const SCANNER_DEFAULTS: ScannerOptions = {
  maxGapMs: 35,
  minLength: 4,
  maxLength: 128,
  clock: () => performance.now(),
};

/**
 * pass: an ordinary key, let it through (`fresh`: it may be the first of a burst, so the caller
 * notes the focused field as it is now); confirm: this key makes it a burst — keep it out of
 * the field and take the `leaked` keys before it back out; swallow: a later key of the burst;
 * scan: the Enter that ends a burst, with the code; drop: the Enter of a burst too long to be a
 * code (kept out of the field like the rest).
 */
export type ScannerVerdict =
  | { readonly kind: 'pass'; readonly fresh: boolean }
  | { readonly kind: 'confirm'; readonly leaked: number }
  | { readonly kind: 'swallow' }
  | { readonly kind: 'scan'; readonly code: string }
  | { readonly kind: 'drop' };

export type ScannerDetector = {
  feed(key: string, atMs?: number): ScannerVerdict;
  reset(): void;
};

const PASS: ScannerVerdict = { kind: 'pass', fresh: false };
const FRESH: ScannerVerdict = { kind: 'pass', fresh: true };
const SWALLOW: ScannerVerdict = { kind: 'swallow' };
const DROP: ScannerVerdict = { kind: 'drop' };

export function createScannerDetector(overrides: Partial<ScannerOptions> = {}): ScannerDetector {
  const options: ScannerOptions = { ...SCANNER_DEFAULTS, ...overrides };
  let buffer = '';
  let confirmed = false;
  let lastMs = Number.NEGATIVE_INFINITY;
  const reset = () => {
    buffer = '';
    confirmed = false;
    lastMs = Number.NEGATIVE_INFINITY;
  };

  const enter = (fast: boolean): ScannerVerdict => {
    const code = buffer;
    const wasBurst = confirmed;
    reset();
    if (!wasBurst) return PASS;
    // a slow Enter after a burst is a person's: the burst (already kept out) ends without a scan
    if (!fast) return PASS;
    return code.length <= options.maxLength ? { kind: 'scan', code } : DROP;
  };

  const character = (key: string, atMs: number, fast: boolean): ScannerVerdict => {
    lastMs = atMs;
    if (!fast) {
      // a new possible burst; a confirmed one that stopped without Enter is over
      buffer = key;
      confirmed = false;
      return FRESH;
    }
    if (buffer.length <= options.maxLength) buffer += key;
    if (confirmed) return SWALLOW;
    if (buffer.length < options.minLength) return PASS;
    confirmed = true;
    return { kind: 'confirm', leaked: options.minLength - 1 };
  };

  return {
    reset,
    feed(key, atMs = options.clock()) {
      const fast = atMs - lastMs <= options.maxGapMs;
      if (key === 'Enter') return enter(fast);
      // Shift, arrows and other named keys are not what a reader types into the code
      if ([...key].length !== 1) return PASS;
      return character(key, atMs, fast);
    },
  };
}
