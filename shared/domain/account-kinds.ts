import { ACCOUNT_FLAGS, type AccountFlags } from './ledger-types';

/**
 * The kinds of ledger account the card, wallet and voucher operations use, each with the limit
 * flag it keeps for ever. Money a customer holds (a wallet balance, a card balance, sold vouchers
 * not yet redeemed) is the merchant's liability: it can never go below zero (debits ≤ credits).
 * The merchant's own accounts are the other side of every movement; the cash drawer, the clearing
 * accounts and the FX position may go either way.
 *
 * Direction (docs/ledger.md §10): a top-up debits the tender account (cash drawer, external card
 * or bank clearing) and credits the card or wallet; a payment debits the card or wallet and
 * credits merchant sales; a refund is the reverse of a payment.
 */
export const ACCOUNT_KINDS = {
  /** A wallet's balance in one currency; owner = wallet id. */
  wallet: { kind: 'wallet', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits },
  /** A card's balance (the program's currency); owner = card id. */
  card: { kind: 'card', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits },
  /** Face value of sold, unredeemed vouchers; owner = merchant. */
  voucherLiability: { kind: 'voucher_liability', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits },
  cashDrawer: { kind: 'cash_drawer', flags: ACCOUNT_FLAGS.none },
  externalCardClearing: { kind: 'external_card_clearing', flags: ACCOUNT_FLAGS.none },
  bankClearing: { kind: 'bank_clearing', flags: ACCOUNT_FLAGS.none },
  merchantSales: { kind: 'merchant_sales', flags: ACCOUNT_FLAGS.none },
  fxPosition: { kind: 'fx_position', flags: ACCOUNT_FLAGS.none },
  feeIncome: { kind: 'fee_income', flags: ACCOUNT_FLAGS.none },
  /** Sales tax collected at one rate, owed to the tax office; owner = 'tax:<class>:<rateBp>' (sales). */
  salesTaxPayable: { kind: 'sales_tax_payable', flags: ACCOUNT_FLAGS.none },
  /** Money a payment provider (Alipay, WeChat Pay, UnionPay QR) owes the merchant (sales). */
  providerClearing: { kind: 'provider_clearing', flags: ACCOUNT_FLAGS.none },
  /** What cash rounding added to (credit) or took off (debit) cash sales (sales). */
  cashRounding: { kind: 'cash_rounding', flags: ACCOUNT_FLAGS.none },
  /** Paid-in and paid-out of the drawer (shifts): the other side of those drawer movements; owner = merchant. */
  cashMovements: { kind: 'cash_movements', flags: ACCOUNT_FLAGS.none },
  /** Drawer over/short found at a shift's close (counted − expected); owner = merchant. */
  cashOverShort: { kind: 'cash_over_short', flags: ACCOUNT_FLAGS.none },
  /** Cash outside the drawer (safe, bank bag): where an opening float comes from; owner = merchant. */
  cashSafe: { kind: 'cash_safe', flags: ACCOUNT_FLAGS.none },
} as const satisfies Record<string, { kind: string; flags: AccountFlags }>;

export type AccountKindName = keyof typeof ACCOUNT_KINDS;

/** The owner of the merchant's own accounts (one per kind and currency). */
export const MERCHANT_OWNER = 'merchant';
