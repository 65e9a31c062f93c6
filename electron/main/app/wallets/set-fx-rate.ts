import { exactRate, FX_MAX_AGE_MS_DEFAULT, rateText, type FxRateInput } from '../../../../shared/domain/fx-rate';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { findFxRate, writeFxRate } from '../../db/repositories/fx-rate.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { fxRateView, type FxRateView } from './list-fx-rates';

export type SetFxRateInput = {
  readonly base: string;
  readonly quote: string;
  readonly rate: FxRateInput;
  readonly source: string;
  readonly asOfMs: number;
  readonly feeBps: number;
  readonly maxAgeMs?: number | undefined;
};

export type SetFxRate = (input: SetFxRateInput, actor: Actor) => Promise<Result<FxRateView>>;

/**
 * A manager sets the current rate of one direction of a pair. The row is guarded state: the
 * change is chained with who set it and when, so the chain is the pair's tamper-evident history.
 * A quote dated after this terminal's clock, or already older than its maximum age, is refused:
 * no conversion could use it.
 */
export function setFxRate(ports: LedgerWritePorts): SetFxRate {
  return async (input, actor) => {
    const rate = exactRate(input.rate);
    if (!rate) return err('invalid_input', 'a rate is a positive decimal or a ratio of two positive whole numbers');
    const nowMs = ports.clock.nowMs();
    const maxAgeMs = input.maxAgeMs ?? FX_MAX_AGE_MS_DEFAULT;
    if (input.asOfMs > nowMs) return err('fx_rate_from_future', 'the quote is dated after this terminal’s clock');
    if (nowMs - input.asOfMs > maxAgeMs) return err('fx_rate_stale', 'the quote is already older than its maximum age');
    return ports.db.tx.write(async (tx) => {
      const id = await writeFxRate(tx, {
        id: newId(), base: input.base, quote: input.quote, rateNumerator: rate.numerator, rateDenominator: rate.denominator,
        rateText: rateText(input.rate), source: input.source.trim(), asOfMs: input.asOfMs, feeBps: input.feeBps, maxAgeMs,
        setByStaffId: actor.staffId, setAtMs: nowMs,
      });
      await chainState(tx, ports.mac, 'fx_rate.state', id, nowMs);
      const row = await findFxRate(tx, input.base, input.quote);
      if (!row) throw new Error('the rate vanished inside its own transaction');
      return ok(fxRateView(row, nowMs));
    });
  };
}
