import type { Input } from '../../../../shared/ipc/contract';
import { customerNote, email, phone } from '../../../../shared/ipc/contract/customers';
import { newId } from '../../../../shared/domain/ids';
import { checkName } from '../../lib/validate';
import type { FieldError } from '../../lib/validate';
import type { Customer } from './customers.store';

/** The new-customer form; every field but the name may stay empty. */
export type CustomerForm = { displayName: string; phone: string; email: string; note: string };
export type CustomerFieldError = FieldError | { readonly code: 'phone' | 'email' | 'note' };
export type CustomerErrors = Partial<Record<keyof CustomerForm, CustomerFieldError | null>>;

export const emptyCustomerForm = (): CustomerForm => ({ displayName: '', phone: '', email: '', note: '' });

/** The contract's own schemas judge each field (shared/ipc/contract/customers.ts); main checks again. */
export function validateCustomer(form: CustomerForm): CustomerErrors {
  const optional = (value: string, schema: { safeParse(v: unknown): { success: boolean } }, code: 'phone' | 'email' | 'note') =>
    value.trim() === '' || schema.safeParse(value.trim()).success ? null : { code };
  return {
    displayName: checkName(form.displayName),
    phone: optional(form.phone, phone, 'phone'),
    email: optional(form.email, email, 'email'),
    note: optional(form.note, customerNote, 'note'),
  };
}

export function hasCustomerErrors(errors: CustomerErrors): boolean {
  return Object.values(errors).some((error) => error !== null && error !== undefined);
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export const formOf = (customer: Customer): CustomerForm => ({
  displayName: customer.displayName, phone: customer.phone ?? '', email: customer.email ?? '', note: customer.note ?? '',
});

/** The update call with only what changed (null clears a field); null when nothing did. */
export function toUpdateInput(customer: Customer, form: CustomerForm): Input<'customers.update'> | null {
  const before = formOf(customer);
  const input: { -readonly [K in keyof Input<'customers.update'>]: Input<'customers.update'>[K] } = { customerId: customer.id };
  if (form.displayName.trim() !== before.displayName) input.displayName = form.displayName.trim();
  if (form.phone.trim() !== before.phone) input.phone = orNull(form.phone);
  if (form.email.trim() !== before.email) input.email = orNull(form.email);
  if (form.note.trim() !== before.note) input.note = orNull(form.note);
  return Object.keys(input).length === 1 ? null : input;
}

/**
 * The create call; `id` is minted once per form so a retry after a lost reply is the same
 * request (main answers the customer it already made).
 */
export function toCreateInput(form: CustomerForm, id: string = newId()): Input<'customers.create'> {
  return { id, displayName: form.displayName.trim(), phone: orNull(form.phone), email: orNull(form.email), note: orNull(form.note) };
}
