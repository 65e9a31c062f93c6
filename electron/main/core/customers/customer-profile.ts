import { isCleanNote, normaliseEmail, normalisePhone, searchKeyOf } from '../../../../shared/domain/customer-fields';
import { isCleanName, NAME_CHARS_MAX } from '../../../../shared/domain/name';
import { err, ok, type Result } from '../../../../shared/domain/result';

/** What staff type for a customer; absent and null both mean "none". */
export type CustomerInput = {
  readonly displayName: string;
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
  readonly note?: string | null | undefined;
};

/** The stored form: each field normalised once, and the search key derived from them. */
export type CustomerFields = {
  readonly displayName: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly note: string | null;
  readonly searchKey: string;
};

/**
 * Normalises a customer's fields (shared/domain/customer-fields.ts). The contract refines its
 * input with the same functions, so through the contract this never fails; it still checks,
 * because use cases are called from tests and tools too.
 */
export function customerFields(input: CustomerInput): Result<CustomerFields> {
  const displayName = input.displayName.trim().normalize('NFC');
  // Counted in code points, as the contract's schema (zod) and SQLite's length() count them.
  const chars = Array.from(displayName).length;
  if (chars < 1 || chars > NAME_CHARS_MAX || !isCleanName(displayName)) {
    return err('invalid_input', 'displayName: a name is 1 to 120 characters without control characters');
  }
  const phone = input.phone == null ? null : normalisePhone(input.phone);
  if (phone === undefined) return err('invalid_input', 'phone: not a phone number');
  const email = input.email == null ? null : normaliseEmail(input.email);
  if (email === undefined) return err('invalid_input', 'email: not an email address');
  const noteText = input.note == null ? '' : input.note.trim();
  if (!isCleanNote(noteText)) return err('invalid_input', 'note: must be text without control characters');
  const note = noteText.length > 0 ? noteText : null;
  return ok({ displayName, phone, email, note, searchKey: searchKeyOf({ displayName, phone, email }) });
}

/** A change to some fields: omitted keeps, null clears (phone, email, note). */
export type CustomerChange = {
  readonly displayName?: string | undefined;
  readonly phone?: string | null | undefined;
  readonly email?: string | null | undefined;
  readonly note?: string | null | undefined;
};

/** The customer's fields after `change`, normalised as on creation. */
export function changedCustomer(current: Omit<CustomerFields, 'searchKey'>, change: CustomerChange): Result<CustomerFields> {
  return customerFields({
    displayName: change.displayName ?? current.displayName,
    phone: change.phone === undefined ? current.phone : change.phone,
    email: change.email === undefined ? current.email : change.email,
    note: change.note === undefined ? current.note : change.note,
  });
}

/** Do these normalised fields say the same as the state first chained for the customer? */
export function sameCustomer(fields: CustomerFields, chained: { displayName: unknown; phone: unknown; email: unknown; note: unknown }): boolean {
  return fields.displayName === chained.displayName && fields.phone === chained.phone && fields.email === chained.email && fields.note === chained.note;
}
