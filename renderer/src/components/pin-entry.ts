/**
 * The digits of a PIN as it is typed. Pure, so the rules are tested without a DOM; the value
 * itself only ever lives in the PinPad's component state (never a store, never a log).
 */
export type PinKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'back' | 'clear';

export function pinAfterKey(pin: string, key: PinKey, maxDigits: number): string {
  if (key === 'clear') return '';
  if (key === 'back') return pin.slice(0, -1);
  return pin.length >= maxDigits ? pin : pin + key;
}

/** What a keyboard typed or pasted: digits only (full-width digits too), cut at `maxDigits`. */
export function pinFromTyped(raw: string, maxDigits: number): string {
  return raw.normalize('NFKC').replace(/[^0-9]/g, '').slice(0, maxDigits);
}

export function pinComplete(pin: string, minDigits: number, maxDigits: number): boolean {
  return /^[0-9]*$/.test(pin) && pin.length >= minDigits && pin.length <= maxDigits;
}
