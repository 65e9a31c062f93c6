import type { SalesTotals } from '../../../../shared/domain/sales/totals';
import type { ReadTx } from '../../db/tx';
import type { ZSigner } from '../../db/z-signing';
import type { RecordAudit } from '../audit/record-audit';
import type { LedgerWritePorts } from '../ledger/ports';

/** SALES's `saleTotals` (db/repositories/sale-totals.repo.ts): one shift's sales, refunds and voids. */
export type SaleTotalsOf = (tx: ReadTx, shiftId: string) => Promise<SalesTotals>;

/**
 * What the shift use cases are built from: the ledger's write ports, the Z signer (its key derives
 * from the root key; it signs the monthly and yearly closures too), the sales totals of a shift,
 * the audit for a refused close, and the IANA time zone whose calendar months and years close.
 */
export type ShiftPorts = LedgerWritePorts & {
  readonly signer: ZSigner;
  readonly saleTotals: SaleTotalsOf;
  readonly audit: RecordAudit;
  readonly timeZone: () => string;
};
