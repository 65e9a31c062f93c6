import { parsePan, type PanResult } from './pan';

/**
 * What a keyboard-wedge reader types into the till: magnetic-stripe track 1
 * (`%B<PAN>^<NAME>^<YYMM><service code>…?`), track 2 (`;<PAN>=<YYMM><service code>…?`), both in a
 * row, or a plain burst of digits (a typed or barcode-scanned card number). Only the PAN and the
 * expiry are taken; the rest of the track (the name, discretionary data) is dropped here and
 * never stored or logged (PCI DSS 3.3.1.1). An unreadable scan is `invalid_pan`, and the message
 * never repeats the input.
 */
export type ScannedCard = {
  readonly pan: string;
  /** From the track, when the scan had one (a plain number has none). */
  readonly expiry: { readonly month: number; readonly year: number } | null;
  readonly source: 'track1' | 'track2' | 'digits';
};

export const SCAN_CHARS_MAX = 256;

// Track 1: format code B, PAN up to 19 digits, name up to 26 characters, YYMM, then the rest.
const TRACK1 = /%B([0-9]{12,19})\^([^^?]{0,26})\^([0-9]{2})([0-9]{2})[^?]*\?/;
// Track 2: PAN up to 19 digits, '=' as separator (some readers send 'D'), YYMM, then the rest.
const TRACK2 = /;([0-9]{12,19})[=D]([0-9]{2})([0-9]{2})[^?]*\?/;
const DIGITS = /^[0-9 -]{12,40}$/;

function expiryOf(yy: string | undefined, mm: string | undefined): ScannedCard['expiry'] {
  const month = Number(mm);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  return { month, year: 2000 + Number(yy) };
}

function refused(): PanResult<ScannedCard> {
  return { ok: false, error: { code: 'invalid_pan', message: 'the scan holds no readable card number' } };
}

export function parseScan(text: string): PanResult<ScannedCard> {
  if (text.length > SCAN_CHARS_MAX) return refused();
  // Readers end a scan with Enter (CR, LF or both); some add a tab or spaces.
  const scan = text.replace(/[\r\n\t]+/g, '').trim();
  const track1 = TRACK1.exec(scan);
  if (track1) {
    const pan = parsePan(track1[1] ?? '');
    if (pan.ok) return { ok: true, value: { pan: pan.value, expiry: expiryOf(track1[3], track1[4]), source: 'track1' } };
  }
  const track2 = TRACK2.exec(scan);
  if (track2) {
    const pan = parsePan(track2[1] ?? '');
    if (pan.ok) return { ok: true, value: { pan: pan.value, expiry: expiryOf(track2[2], track2[3]), source: 'track2' } };
  }
  if (DIGITS.test(scan)) {
    const pan = parsePan(scan);
    if (pan.ok) return { ok: true, value: { pan: pan.value, expiry: null, source: 'digits' } };
    return pan.error.code === 'invalid_pan' ? { ok: false, error: pan.error } : refused();
  }
  return refused();
}
