import { ok, type Result } from '../../../../shared/domain/result';
import type { Clock } from '../../core/ports';
import type { Database } from '../../db/connection';
import { listFxRates as readFxRates, type FxRateRow } from '../../db/repositories/fx-rate.repo';

export const FX_RATES_LISTED_MAX = 1000;

export type FxRateView = {
  readonly base: string;
  readonly quote: string;
  readonly rate: { readonly numerator: number; readonly denominator: number };
  readonly rateText: string;
  readonly source: string;
  readonly asOfMs: number;
  readonly feeBps: number;
  readonly maxAgeMs: number;
  readonly setAtMs: number;
  readonly setByStaffId: string;
  /** A conversion at this rate now would be refused (older than its maximum age, or dated ahead of the clock). */
  readonly stale: boolean;
};

export function fxRateView(row: FxRateRow, nowMs: number): FxRateView {
  return {
    base: row.base, quote: row.quote, rate: { numerator: row.rateNumerator, denominator: row.rateDenominator }, rateText: row.rateText,
    source: row.source, asOfMs: row.asOfMs, feeBps: row.feeBps, maxAgeMs: row.maxAgeMs, setAtMs: row.setAtMs, setByStaffId: row.setByStaffId,
    stale: row.asOfMs > nowMs || nowMs - row.asOfMs > row.maxAgeMs,
  };
}

export type ListFxRates = () => Promise<Result<FxRateView[]>>;

/** Every pair's current rate, by base then quote, each marked stale or not at this terminal's clock. */
export function listFxRates(ports: { readonly db: Database; readonly clock: Clock }): ListFxRates {
  return async () => {
    const rows = await ports.db.tx.read((tx) => readFxRates(tx, FX_RATES_LISTED_MAX));
    const nowMs = ports.clock.nowMs();
    return ok(rows.map((row) => fxRateView(row, nowMs)));
  };
}
