import { useEffect, useRef } from 'react';

/**
 * A keyboard-wedge reader (barcode scanner, magnetic-stripe reader) is a keyboard that types a
 * whole code in a burst, far faster than a person, and ends it with Enter. The detector tells
 * such a burst from typing by the gaps between keys; the raw string goes to one handler (main
 * parses track 1 / track 2 card data, never the renderer). Time comes with each key (the
 * event's timeStamp), so the detector is tested with made-up times.
 */
export type WedgeOptions = {
  /** The longest gap between two keys of a burst. Readers send a key every 2–20 ms. */
  readonly maxGapMs: number;
  /** The shortest burst that counts as a scan (shorter ones are a person's keys). */
  readonly minLength: number;
  /** A longer burst is dropped, not delivered (a stuck key, a pasted page). */
  readonly maxLength: number;
};

export const WEDGE_DEFAULTS: WedgeOptions = { maxGapMs: 30, minLength: 6, maxLength: 256 };

/**
 * pass: an ordinary key, let it through; swallow: part of a burst, keep it out of the focused
 * field (so a card number never lands in, say, a search box); scan: the burst ended with Enter.
 */
export type WedgeVerdict = { readonly kind: 'pass' } | { readonly kind: 'swallow' } | { readonly kind: 'scan'; readonly raw: string };

export type WedgeDetector = {
  feed(key: string, atMs: number): WedgeVerdict;
  reset(): void;
};

const PASS: WedgeVerdict = { kind: 'pass' };
const SWALLOW: WedgeVerdict = { kind: 'swallow' };
const SWALLOW_FROM = 3;

export function createWedgeDetector(options: WedgeOptions = WEDGE_DEFAULTS): WedgeDetector {
  let buffer = '';
  let lastMs = Number.NEGATIVE_INFINITY;
  const reset = () => {
    buffer = '';
    lastMs = Number.NEGATIVE_INFINITY;
  };
  return {
    reset,
    feed(key, atMs) {
      const fast = atMs - lastMs <= options.maxGapMs;
      if (key === 'Enter') {
        const raw = buffer;
        const scanned = fast && raw.length >= options.minLength && raw.length <= options.maxLength;
        reset();
        return scanned ? { kind: 'scan', raw } : PASS;
      }
      if (key.length !== 1) return PASS; // Shift, arrows: not part of what a reader types
      if (!fast) {
        // the first keys of a possible burst are indistinguishable from a person's: they pass
        buffer = key;
        lastMs = atMs;
        return PASS;
      }
      buffer = buffer.length > options.maxLength ? buffer : buffer + key;
      lastMs = atMs;
      // two quick keys can be a fast typist's roll-over: only from the third on is it a reader
      return buffer.length >= SWALLOW_FROM ? SWALLOW : PASS;
    },
  };
}

/**
 * Where the detector never looks: a field that takes the reader's keys itself (`data-scan-target`),
 * a secret field (a PIN or a manager's password must not pass through a buffer, nor have fast keys
 * swallowed), and an open dialog (its own flow has the keyboard).
 */
const IGNORED = '[data-scan-target], input[type="password"], [role="dialog"]';

/**
 * Listens for scans wherever focus is, except where IGNORED says (a field marked
 * `data-scan-target` takes the reader's keys itself, like a card-number field that submits on
 * Enter). Keys of a burst
 * from its third on are kept out of the focused field (the first two may land there); the Enter that ends a scan is swallowed
 * too, so it neither submits a form nor presses a focused button.
 */
export function useWedgeScan(onScan: (raw: string) => void, enabled = true, options: WedgeOptions = WEDGE_DEFAULTS): void {
  const handler = useRef(onScan);
  handler.current = onScan;
  useEffect(() => {
    if (!enabled) return undefined;
    const detector = createWedgeDetector(options);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target !== null && target.closest(IGNORED) !== null) return;
      const verdict = detector.feed(event.key, event.timeStamp);
      if (verdict.kind === 'pass') return;
      event.preventDefault();
      event.stopPropagation();
      if (verdict.kind === 'scan') handler.current(verdict.raw);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled, options]);
}
