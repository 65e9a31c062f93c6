import { EMAIL_CHARS_MAX, isCleanNote, normaliseEmail, normalisePhone, NOTE_CHARS_MAX, PHONE_CHARS_MAX } from '../../domain/customer-fields';
import { isCleanName, NAME_CHARS_MAX } from '../../domain/name';
import type { MethodSpec } from '../method';
import { currencyCode, isWellFormedText, name, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Customers per page of a list or a search. */
export const CUSTOMER_PAGE_MAX = 100;
export const CUSTOMER_PAGE_DEFAULT = 20;

/** What people type: a number with an optional + and grouping; stored as + and digits. */
export const phone = z
  .string()
  .max(PHONE_CHARS_MAX)
  .refine((v) => normalisePhone(v) !== undefined, 'a phone number is 3 to 20 digits, with an optional leading + and spaces, hyphens, dots or brackets');
/** Stored trimmed and in lower case. */
export const email = z
  .string()
  .max(EMAIL_CHARS_MAX)
  .refine((v) => normaliseEmail(v) !== undefined, 'not an email address');
export const customerNote = z.string().max(NOTE_CHARS_MAX).refine(isCleanNote, 'must be well-formed text without control characters');

/**
 * The keyset cursor of a customer page: the creation time and id of the last customer shown.
 * Opaque to the renderer, which sends back the `nextCursor` it was given.
 */
export const customerCursor = z
  .string()
  .max(60)
  .regex(/^[0-9]{1,15}:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const pageLimit = z.int().min(1).max(CUSTOMER_PAGE_MAX);

export const walletRef = z.strictObject({
  id: uuidV7,
  /** Canonical (12 symbols): what a QR code encodes. */
  address: z.string().max(20),
  /** "XXXX-XXXX-XXXX": what is printed and read aloud. */
  addressText: z.string().max(20),
});

export const customerView = z.strictObject({
  id: uuidV7,
  displayName: z.string().max(NAME_CHARS_MAX),
  phone: z.string().max(PHONE_CHARS_MAX).nullable(),
  email: z.string().max(EMAIL_CHARS_MAX).nullable(),
  note: z.string().max(NOTE_CHARS_MAX).nullable(),
  createdAtMs: timeMs,
  wallet: walletRef,
});

/** One balance of a wallet: the cached account row of that currency (posted, and what holds leave). */
export const walletBalance = z.strictObject({
  currency: currencyCode,
  accountId: uuidV7,
  balanceMinor: z.int(),
  availableMinor: z.int(),
  pendingMinor: z.int(),
});

export const customerPage = z.strictObject({
  items: z.array(customerView).max(CUSTOMER_PAGE_MAX),
  nextCursor: customerCursor.nullable(),
});

export const customerContract = {
  /**
   * Registers a customer and opens their wallet (a fresh random address) in one transaction.
   * Idempotent by `id`: the same request again returns the customer; the same id with other
   * details is `id_exists_with_different_content`.
   */
  'customers.create': {
    input: z.strictObject({
      id: uuidV7,
      displayName: name,
      phone: phone.nullable().optional(),
      email: email.nullable().optional(),
      note: customerNote.nullable().optional(),
    }),
    output: customerView.extend({ replayed: z.boolean() }),
    access: 'signedIn',
    errors: ['id_exists_with_different_content'],
  },
  /** Changes the fields given; null clears phone, email or note. */
  'customers.update': {
    input: z.strictObject({
      customerId: uuidV7,
      displayName: name.optional(),
      phone: phone.nullable().optional(),
      email: email.nullable().optional(),
      note: customerNote.nullable().optional(),
    }),
    output: customerView,
    access: 'signedIn',
    errors: ['not_found'],
  },
  /** The customer, their wallet and its balance in every currency it holds. */
  'customers.get': {
    input: z.strictObject({ customerId: uuidV7 }),
    output: customerView.extend({ balances: z.array(walletBalance).max(200) }),
    access: 'signedIn',
    errors: ['not_found'],
  },
  /** Name, phone or email, case- and width-insensitive; newest first, a page at a time. */
  'customers.search': {
    input: z.strictObject({
      query: z.string().trim().min(1).max(NAME_CHARS_MAX)
        .refine(isWellFormedText, 'must be well-formed text').refine(isCleanName, 'must not contain control characters'),
      limit: pageLimit.optional(),
      cursor: customerCursor.optional(),
    }),
    output: customerPage,
    access: 'signedIn',
    errors: [],
  },
  /** Every customer, newest first, a page at a time. */
  'customers.list': {
    input: z.strictObject({ limit: pageLimit.optional(), cursor: customerCursor.optional() }),
    output: customerPage,
    access: 'signedIn',
    errors: [],
  },
} as const satisfies Record<string, MethodSpec>;
