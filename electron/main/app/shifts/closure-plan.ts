import type { ClosureBody, ClosureKind } from '../../../../shared/domain/records/closures';
import type { ClosureView } from '../../../../shared/ipc/contract/shifts-closures';
import { isPeriodOver, nextPeriodKey, periodKeyOf } from '../../core/shifts/period-closure';
import { closureByPeriod, firstClosure, lastClosure, type StoredClosure } from '../../db/repositories/period-closure.repo';
import { zByNumber } from '../../db/repositories/z-report.repo';
import type { ReadTx } from '../../db/tx';

/** The period a terminal closes next in a kind, and whether it can be closed now (else what it waits for). */
export type NextClosure = {
  readonly period: string;
  readonly ready: boolean;
  readonly waitingFor: 'period_end' | 'months' | null;
  /** The last closure of this kind, which the next one follows. */
  readonly last: StoredClosure | undefined;
};

/**
 * The first month is the one the terminal's Z 1 closed in; the first year, that of the first
 * monthly closure; after that, each period follows the last closed one. A period waits for its
 * end in the zone's calendar, and a year also for its December's monthly closure. Undefined when
 * there is no first period yet.
 */
export async function nextClosure(tx: ReadTx, terminalId: string, kind: ClosureKind, nowMs: number, timeZone: string): Promise<NextClosure | undefined> {
  const last = await lastClosure(tx, terminalId, kind);
  const period = last ? nextPeriodKey(kind, last.period) : await firstPeriod(tx, terminalId, kind, timeZone);
  if (period === undefined) return undefined;
  if (!isPeriodOver(kind, period, nowMs, timeZone)) return { period, ready: false, waitingFor: 'period_end', last };
  if (kind === 'year' && !(await closureByPeriod(tx, terminalId, 'month', `${period}-12`))) return { period, ready: false, waitingFor: 'months', last };
  return { period, ready: true, waitingFor: null, last };
}

async function firstPeriod(tx: ReadTx, terminalId: string, kind: ClosureKind, timeZone: string): Promise<string | undefined> {
  if (kind === 'month') {
    const first = await zByNumber(tx, terminalId, 1);
    return first ? periodKeyOf('month', first.closedAtMs, timeZone) : undefined;
  }
  return (await firstClosure(tx, terminalId, 'month'))?.period.slice(0, 4);
}

/** A stored closure's body (its record, as chained), or throws: a closure without its record is what verify names. */
export function closureBodyOf(c: StoredClosure): ClosureBody {
  if (c.bodyJson === null) throw new Error(`closure ${c.kind} ${c.number} has no record`);
  return JSON.parse(c.bodyJson) as ClosureBody;
}

/** A closure as the contract shows it: its signed body and its journal entry. */
export function closureView(c: StoredClosure): ClosureView {
  return { ...closureBodyOf(c), seq: c.seq };
}
