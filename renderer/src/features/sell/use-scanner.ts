import { useLayoutEffect, useRef } from 'react';

import { createScannerDetector } from './scanner';
import type { ScannerOptions } from './scanner';

/**
 * Where the scan handler never looks: a field that takes the reader's keys itself
 * (`data-scan-target`, like a card-number field), a secret field (a PIN or a manager's password
 * never passes through a buffer) and an open dialog (its own flow has the keyboard).
 */
const IGNORED = '[data-scan-target], input[type="password"], [role="dialog"]';

type Snapshot = { readonly field: HTMLInputElement | HTMLTextAreaElement; readonly value: string; readonly start: number | null; readonly end: number | null };

function snapshotOf(target: EventTarget | null): Snapshot | null {
  if (!(target instanceof HTMLInputElement) && !(target instanceof HTMLTextAreaElement)) return null;
  return { field: target, value: target.value, start: target.selectionStart, end: target.selectionEnd };
}

/**
 * Puts the field back as it was before the burst's first key. The value goes through the
 * element prototype's setter and an `input` event, so a React-controlled field updates its
 * state as if the person had deleted the characters.
 */
function restore(snapshot: Snapshot | null): void {
  if (snapshot === null || !snapshot.field.isConnected || snapshot.field.value === snapshot.value) return;
  const prototype = snapshot.field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(snapshot.field, snapshot.value);
  snapshot.field.dispatchEvent(new Event('input', { bubbles: true }));
  try {
    snapshot.field.setSelectionRange(snapshot.start, snapshot.end);
  } catch {
    // number and email inputs have no selection: the value is what matters
  }
}

/**
 * Sends every scanner burst to `onScan`, wherever focus is (except IGNORED). None of the burst's
 * characters stays in the focused field: the first ones, let through before the burst was
 * certain, are taken back out; the rest and the final Enter never reach it (so the Enter neither
 * submits a form nor presses a focused button). Listens in the capture phase, before any field.
 */
export function useScanner(onScan: (code: string) => void, enabled = true, options: Partial<ScannerOptions> = {}): void {
  const handler = useRef(onScan);
  handler.current = onScan;
  const settings = useRef(options);
  // A layout effect: the listener is on before the frame that shows the screen (and its
  // "scanner ready" hint) is painted, so no key of a first scan can arrive before it.
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const detector = createScannerDetector(settings.current);
    let snapshot: Snapshot | null = null;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(IGNORED) != null) {
        detector.reset();
        return;
      }
      const verdict = detector.feed(event.key, event.timeStamp);
      if (verdict.kind === 'pass') {
        if (verdict.fresh) snapshot = snapshotOf(event.target);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (verdict.kind === 'confirm') restore(snapshot);
      if (verdict.kind === 'scan') handler.current(verdict.code);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}
