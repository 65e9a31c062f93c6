import { err, ok, type Result } from '../../../../shared/domain/result';
import { roundToCashIncrement } from '../../../../shared/domain/sales/cash-rounding';

/** A tender with what it pays, as main resolved it (a card's authorised amount, a payment's amount). */
export type TenderAmount = { readonly kind: 'cash' | 'card' | 'wallet' | 'external_card' | 'provider'; readonly amountMinor: number };

export type TenderSplit = {
  /** What each tender pays towards the sale, in input order (cash: the cash due, not what was handed over). */
  readonly paidMinor: readonly number[];
  /** Cash handed over less the cash due; 0 without cash. */
  readonly changeMinor: number;
  /** Cash due less the part of the total it settles: what cash rounding added (or took off, negative). */
  readonly cashRoundingMinor: number;
};

/**
 * How the tenders pay a total. The rule: every non-cash tender pays exactly its amount; cash, at
 * most one cash tender, pays the rest, rounded to the currency's cash increment (cash rounding
 * applies only when cash is in the mix, and only to the cash part), and what was handed over
 * beyond that is change. Without cash the non-cash tenders must sum to the total exactly. Cash
 * that pays nothing (the others already cover the total) is refused, so change never exceeds
 * what was handed over for this sale.
 */
export function splitTenders(totalMinor: number, tenders: readonly TenderAmount[], cashIncrementMinor: number): Result<TenderSplit> {
  const cashIndexes = tenders.flatMap((t, i) => (t.kind === 'cash' ? [i] : []));
  if (cashIndexes.length > 1) return err('tenders_mismatch', 'at most one cash tender per sale');
  const nonCash = tenders.reduce((sum, t) => (t.kind === 'cash' ? sum : sum + t.amountMinor), 0);
  const cashIndex = cashIndexes[0];
  if (cashIndex === undefined) {
    if (nonCash !== totalMinor) return err('tenders_mismatch', `the tenders pay ${nonCash}, the total is ${totalMinor}`);
    return ok({ paidMinor: tenders.map((t) => t.amountMinor), changeMinor: 0, cashRoundingMinor: 0 });
  }
  const rest = totalMinor - nonCash;
  if (rest <= 0) return err('tenders_mismatch', 'the other tenders already pay the total: no cash is due');
  const cashDue = roundToCashIncrement(rest, cashIncrementMinor);
  const handed = tenders[cashIndex]?.amountMinor ?? 0;
  if (cashDue <= 0) return err('tenders_mismatch', 'after cash rounding no cash is due: pay the rest another way');
  if (handed < cashDue) return err('tenders_mismatch', `cash ${handed} is less than the ${cashDue} due`);
  return ok({
    paidMinor: tenders.map((t, i) => (i === cashIndex ? cashDue : t.amountMinor)),
    changeMinor: handed - cashDue,
    cashRoundingMinor: cashDue - rest,
  });
}

/** What is still due before the next tender of a split, and whether the sale is paid. */
export type TenderDue = {
  /** What a non-cash tender would pay next: the total less every tender taken. */
  readonly dueMinor: number;
  /** What cash would be due next: the rest after the non-cash tenders, cash-rounded; 0 once cash is taken. */
  readonly cashDueMinor: number;
  /** The tenders pay the sale by `splitTenders`' rule: sales.complete would accept them. */
  readonly paid: boolean;
};

/**
 * The split's running figures by the same rule as `splitTenders`, so what the screen offers is
 * what completing the sale accepts: the cash part is rounded to the cash increment (a card part
 * first, then cash, is due at the rounded rest), at most one cash tender, and "paid" is exactly
 * "splitTenders succeeds".
 */
export function tenderDue(totalMinor: number, taken: readonly TenderAmount[], cashIncrementMinor: number): TenderDue {
  const nonCash = taken.reduce((sum, t) => (t.kind === 'cash' ? sum : sum + t.amountMinor), 0);
  const cash = taken.find((t) => t.kind === 'cash');
  const rest = totalMinor - nonCash;
  const cashDueMinor = cash !== undefined || rest <= 0 ? 0 : Math.max(0, roundToCashIncrement(rest, cashIncrementMinor));
  return {
    dueMinor: Math.max(0, rest - (cash?.amountMinor ?? 0)),
    cashDueMinor,
    paid: splitTenders(totalMinor, taken, cashIncrementMinor).ok,
  };
}
