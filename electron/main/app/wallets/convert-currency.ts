import type { ErrorCode } from '../../../../shared/domain/errors';
import { FX_ROUNDING_DEFAULT } from '../../../../shared/domain/fx-rate';
import type { RoundingMode } from '../../../../shared/domain/rate';
import type { RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { convert, type Conversion, type FxErrorCode } from '../../core/fx/convert';
import { conversionBatch } from '../../core/wallets/wallet-batches';
import { findFxRate, type FxRateRow } from '../../db/repositories/fx-rate.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { findWallet } from '../../db/repositories/wallet.repo';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { legIdsOf } from './leg-ids';
import { earlierOutcome, refusedBeforeBatch, submitOperation, writeOperation } from './money-operation';
import { balanceOfAccount, walletAccountIn } from './wallet-reads';

export type ConvertInput = {
  readonly operationId: string;
  readonly walletId: string;
  readonly fromCurrency: string;
  readonly toCurrency: string;
  /** What leaves the source balance, fee included. */
  readonly debitMinor: number;
  readonly roundingMode?: RoundingMode | undefined;
};

export type ConversionView = RecordBody<'wallet.convert'> & { readonly operationId: string; readonly atMs: number; readonly replayed: boolean };
export type ConvertCurrency = (input: ConvertInput, actor: Actor) => Promise<Result<ConversionView>>;

/** The refusals of core/fx/convert.ts a well-formed request can meet; any other is a bug here. */
const FX_REFUSALS: Partial<Record<FxErrorCode, ErrorCode>> = {
  fx_rate_stale: 'fx_rate_stale', fx_amount_too_small: 'fx_amount_too_small', amount_overflow: 'amount_overflow',
};

type Intent = Pick<RecordBody<'wallet.convert'>, 'walletId' | 'fromCurrency' | 'toCurrency' | 'debitedMinor' | 'roundingMode'>;

function sameIntent(stored: unknown, intent: Intent): boolean {
  const body = stored as Partial<Intent>;
  return body.walletId === intent.walletId && body.fromCurrency === intent.fromCurrency && body.toCurrency === intent.toCurrency &&
    body.debitedMinor === intent.debitedMinor && body.roundingMode === intent.roundingMode;
}

/**
 * Converts inside one wallet at the pair's current rate (core/fx/convert.ts states the rule): one
 * batch of up to three legs and a `wallet.convert` record carrying every figure and the rate. A
 * repeat of a conversion that went through answers its record, even if the rate changed since
 * (the intent is compared, not the amounts). Every refusal (no rate, a stale or future-dated
 * one, an amount too small or too large, not enough money) is decided before any batch, against
 * the balance inside the same transaction, and stored nowhere: a repeat is decided afresh.
 */
export function convertCurrency(ports: LedgerWritePorts): ConvertCurrency {
  return async (input, actor) =>
    writeOperation(ports, async (tx) => {
      const wallet = await findWallet(tx, input.walletId);
      if (!wallet) return err('not_found', 'no such wallet');
      const intent: Intent = {
        walletId: wallet.id, fromCurrency: input.fromCurrency, toCurrency: input.toCurrency, debitedMinor: input.debitMinor,
        roundingMode: input.roundingMode ?? FX_ROUNDING_DEFAULT,
      };
      const earlier = await earlierOutcome(tx, input.operationId, 'wallet.convert', (stored) => sameIntent(stored, intent));
      if (earlier.found === 'conflict') return earlier.error;
      if (earlier.found === 'record') {
        return ok({ operationId: input.operationId, atMs: earlier.record.atMs, replayed: true, ...(earlier.record.body as RecordBody<'wallet.convert'>) });
      }
      const refuse = (code: ErrorCode, message: string) => refusedBeforeBatch<ConversionView>(tx, input.operationId, err(code, message));

      const rate = await findFxRate(tx, intent.fromCurrency, intent.toCurrency);
      if (!rate) return refuse('fx_rate_not_found', `no ${intent.fromCurrency} → ${intent.toCurrency} rate is set`);
      const nowMs = ports.clock.nowMs();
      if (rate.asOfMs > nowMs) return refuse('fx_rate_from_future', 'the rate is dated after this terminal’s clock');
      const converted = conversionAt(rate, intent, nowMs);
      if (!converted.ok) return refuse(converted.error.code, converted.error.message);
      const conversion = converted.value;

      const walletFrom = await walletAccountIn(tx, wallet.id, intent.fromCurrency);
      const available = walletFrom ? (await balanceOfAccount(tx, walletFrom)).availableMinor : 0;
      if (!walletFrom || available < conversion.debitedMinor) return refuse('insufficient_funds', 'the wallet holds less than the amount to convert');

      const request = conversionBatch({
        operationId: input.operationId, legId: legIdsOf(input.operationId), conversion,
        accounts: await conversionAccounts(tx, ports, wallet.id, walletFrom, conversion, actor),
      });
      const outcome = await submitOperation(tx, ports, request, actor);
      if (!outcome.ok) return outcome;
      const body = recordOf(conversion, rate, wallet.id);
      const atMs = outcome.value.createdAtMs;
      await appendRecord(tx, ports.mac, { kind: 'wallet.convert', subjectId: input.operationId, body, actorId: actor.staffId, atMs });
      return ok({ operationId: input.operationId, atMs, replayed: false, ...body });
    });
}

function conversionAt(rate: FxRateRow, intent: Intent, nowMs: number): Result<Conversion> {
  const result = convert({
    debitedMinor: intent.debitedMinor, fromCurrency: intent.fromCurrency, toCurrency: intent.toCurrency,
    quote: { rate: { numerator: rate.rateNumerator, denominator: rate.rateDenominator }, source: rate.source, quotedAtMs: rate.asOfMs },
    feeBps: rate.feeBps, mode: intent.roundingMode, nowMs, maxAgeMs: rate.maxAgeMs,
  });
  if (result.ok) return ok(result.value);
  const code = FX_REFUSALS[result.error.code];
  // The contract and the stored rate's checks rule the others out (same currency, a bad rate).
  if (!code) throw new Error(`conversion refused a checked request: ${result.error.code}`);
  return err(code, result.error.message);
}

async function conversionAccounts(
  tx: WriteTx, ports: LedgerWritePorts, walletId: string, walletFrom: string, c: Conversion, actor: Actor,
): Promise<Parameters<typeof conversionBatch>[0]['accounts']> {
  return {
    walletFrom,
    walletTo: await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: walletId, currency: c.toCurrency }, actor),
    fxPositionFrom: await ensureAccountIn(tx, ports, { name: 'fxPosition', currency: c.fromCurrency }, actor),
    fxPositionTo: await ensureAccountIn(tx, ports, { name: 'fxPosition', currency: c.toCurrency }, actor),
    feeIncomeFrom: c.feeMinor > 0 ? await ensureAccountIn(tx, ports, { name: 'feeIncome', currency: c.fromCurrency }, actor) : undefined,
  };
}

function recordOf(c: Conversion, rate: FxRateRow, walletId: string): RecordBody<'wallet.convert'> {
  return {
    walletId, fromCurrency: c.fromCurrency, toCurrency: c.toCurrency, debitedMinor: c.debitedMinor, feeMinor: c.feeMinor,
    convertedMinor: c.convertedMinor, creditedMinor: c.creditedMinor, feeBps: c.feeBps, rate: c.rate, rateText: rate.rateText,
    rateSource: c.rateSource, rateAsOfMs: c.quotedAtMs, roundingMode: c.mode,
  };
}
