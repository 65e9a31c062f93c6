import { z } from './zod';

/**
 * How a customer pays money in (a top-up, a voucher sale): cash into the drawer, an external card
 * on the shop's terminal (its approval code recorded), or a bank transfer (its reference). The
 * reference is what the merchant reconciles against; it is never card data. Every string has a
 * maximum length too (the contract's bounded-input rule), so contract inputs use this schema as is.
 */
export const tender = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cash') }),
  z.strictObject({ kind: z.literal('external_card'), approvalCode: z.string().max(32).regex(/^[A-Za-z0-9-]{1,32}$/) }),
  z.strictObject({ kind: z.literal('bank_transfer'), reference: z.string().max(64).regex(/^[A-Za-z0-9 /.-]{1,64}$/) }),
]);
export type Tender = z.infer<typeof tender>;

/** The merchant account a tender's money lands in (shared/domain/account-kinds.ts). */
export const TENDER_ACCOUNT = {
  cash: 'cashDrawer',
  external_card: 'externalCardClearing',
  bank_transfer: 'bankClearing',
} as const satisfies Record<Tender['kind'], string>;
