import type { TaxProfile } from '../../../../shared/domain/sales/tax-profiles';
import type { ProductsForPricing } from '../../db/pricing-cache';
import type { ReadTx } from '../../db/tx';
import type { ConsumeApproval } from '../approval/consume-approval';
import type { EventSink } from '../event-sink';
import type { LedgerWritePorts } from '../ledger/ports';
import type { PaymentProvider } from './providers/payment-provider';

/** The receipt header's names, from the terminal's settings at the time the receipt is built. */
export type ReceiptHeader = { readonly merchantName: string; readonly terminalName: string; readonly address?: string; readonly taxId?: string };

/**
 * What the sales use cases are built from: the ledger's write ports, manager approvals, the
 * customer-display event sink, the payment provider, the merchant's tax profile (read inside the
 * transaction that prices), the receipt header and whether this data dir is a demo shop.
 */
export type SalesPorts = LedgerWritePorts & {
  readonly consumeApproval: ConsumeApproval;
  readonly events: EventSink;
  readonly provider: PaymentProvider;
  readonly taxProfile: (tx: ReadTx) => Promise<TaxProfile>;
  /** The merchant's name from the ledger's merchant facts, the terminal's from its settings. */
  readonly header: (tx: ReadTx) => Promise<ReceiptHeader>;
  /** Whether this data dir is a demo shop: every sale it writes is flagged. */
  readonly demo: (tx: ReadTx) => Promise<boolean>;
  /** The catalog read of a price only shown (sales.price): through the pricing cache (db/pricing-cache.ts). */
  readonly shownProducts: ProductsForPricing;
};
