import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

/** The current rate of one direction of a currency pair (migration 60). */
export type FxRateRow = {
  readonly id: string;
  readonly base: string;
  readonly quote: string;
  readonly rateNumerator: number;
  readonly rateDenominator: number;
  readonly rateText: string;
  readonly source: string;
  readonly asOfMs: number;
  readonly feeBps: number;
  readonly maxAgeMs: number;
  readonly setByStaffId: string;
  readonly setAtMs: number;
};

export const FX_RATE_COLUMNS =
  'id, base, quote, rate_numerator, rate_denominator, rate_text, source, as_of_ms, fee_bps, max_age_ms, set_by, set_at_ms';

export function fxRateFrom(row: Row): FxRateRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), base: readText(row, 'base'), quote: readText(row, 'quote'),
    rateNumerator: readInt(row, 'rate_numerator'), rateDenominator: readInt(row, 'rate_denominator'), rateText: readText(row, 'rate_text'),
    source: readText(row, 'source'), asOfMs: readInt(row, 'as_of_ms'), feeBps: readInt(row, 'fee_bps'), maxAgeMs: readInt(row, 'max_age_ms'),
    setByStaffId: readText(row, 'set_by'), setAtMs: readInt(row, 'set_at_ms'),
  };
}

export async function findFxRate(tx: ReadTx, base: string, quote: string): Promise<FxRateRow | undefined> {
  const row = await tx.get(`SELECT ${FX_RATE_COLUMNS} FROM fx_rate WHERE base = ? AND quote = ?`, [base, quote]);
  return row ? fxRateFrom(row) : undefined;
}

/** Every pair's current rate, by base then quote (bounded: the contract's list is). */
export async function listFxRates(tx: ReadTx, limit: number): Promise<FxRateRow[]> {
  const rows = await tx.all(`SELECT ${FX_RATE_COLUMNS} FROM fx_rate ORDER BY base, quote LIMIT ?`, [int(limit)]);
  return rows.map(fxRateFrom);
}

/**
 * Writes the pair's rate: a new row the first time (with `id`), the same row afterwards. Returns
 * the row's id; the caller chains `fx_rate.state` for it in the same transaction.
 */
export async function writeFxRate(tx: WriteTx, rate: FxRateRow): Promise<string> {
  const existing = await findFxRate(tx, rate.base, rate.quote);
  const values = [
    int(rate.rateNumerator), int(rate.rateDenominator), rate.rateText, rate.source, int(rate.asOfMs), int(rate.feeBps),
    int(rate.maxAgeMs), rate.setByStaffId, int(rate.setAtMs),
  ];
  if (existing) {
    await tx.run(
      `UPDATE fx_rate SET rate_numerator = ?, rate_denominator = ?, rate_text = ?, source = ?, as_of_ms = ?, fee_bps = ?,
       max_age_ms = ?, set_by = ?, set_at_ms = ? WHERE id = ?`,
      [...values, uuidToBytes(existing.id)],
    );
    return existing.id;
  }
  await tx.run(
    `INSERT INTO fx_rate (id, base, quote, rate_numerator, rate_denominator, rate_text, source, as_of_ms, fee_bps, max_age_ms, set_by, set_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [uuidToBytes(rate.id), rate.base, rate.quote, ...values],
  );
  return rate.id;
}
