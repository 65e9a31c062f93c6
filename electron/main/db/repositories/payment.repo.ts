import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type PaymentMethod = 'alipay' | 'wechat_pay' | 'unionpay_qr';
export type PaymentStatus = 'pending' | 'approved' | 'declined' | 'unknown';

/** One provider payment: asked once, its status moving pending → approved / declined / unknown. */
export type PaymentRow = {
  readonly id: string;
  readonly saleId: string;
  readonly method: PaymentMethod;
  readonly currency: string;
  readonly amountMinor: number;
  readonly status: PaymentStatus;
  readonly provider: string;
  readonly providerReference: string | null;
  readonly staffId: string;
  readonly requestedAtMs: number;
  readonly resolvedAtMs: number | null;
};

function paymentFrom(row: Row): PaymentRow {
  const reference = row['provider_reference'];
  const resolved = row['resolved_at_ms'];
  return {
    id: bytesToUuid(readBytes(row, 'id')), saleId: bytesToUuid(readBytes(row, 'sale_id')), method: readText(row, 'method') as PaymentMethod,
    currency: readText(row, 'currency'), amountMinor: readInt(row, 'amount_minor'), status: readText(row, 'status') as PaymentStatus,
    provider: readText(row, 'provider'), providerReference: typeof reference === 'string' ? reference : null,
    staffId: bytesToUuid(readBytes(row, 'staff_id')), requestedAtMs: readInt(row, 'requested_at_ms'),
    resolvedAtMs: typeof resolved === 'number' ? readInt(row, 'resolved_at_ms') : null,
  };
}

export async function findPayment(tx: ReadTx, paymentId: string): Promise<PaymentRow | undefined> {
  const row = await tx.get('SELECT * FROM payment WHERE id = ?', [uuidToBytes(paymentId)]);
  return row ? paymentFrom(row) : undefined;
}

export async function insertPayment(tx: WriteTx, p: PaymentRow): Promise<void> {
  await tx.run(
    `INSERT INTO payment (id, sale_id, method, currency, amount_minor, status, provider, provider_reference, staff_id, requested_at_ms, resolved_at_ms)
     VALUES (?, ?, ?, ?, CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?)`,
    [
      uuidToBytes(p.id), uuidToBytes(p.saleId), p.method, p.currency, int(p.amountMinor), p.status, p.provider, p.providerReference,
      uuidToBytes(p.staffId), int(p.requestedAtMs), p.resolvedAtMs === null ? null : int(p.resolvedAtMs),
    ],
  );
}

/** Moves an open payment on (a decided one is refused by its trigger). */
export async function updatePaymentStatus(
  tx: WriteTx, paymentId: string, status: PaymentStatus, providerReference: string | null, resolvedAtMs: number | null,
): Promise<void> {
  await tx.run('UPDATE payment SET status = ?, provider_reference = coalesce(?, provider_reference), resolved_at_ms = ? WHERE id = ?', [
    status, providerReference, resolvedAtMs === null ? null : int(resolvedAtMs), uuidToBytes(paymentId),
  ]);
}
