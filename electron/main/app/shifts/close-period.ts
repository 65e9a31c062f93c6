import { closureBody, closureContent, type ClosureKind } from '../../../../shared/domain/records/closures';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { closureCanonicalBytes } from '../../core/shifts/closure-canonical';
import { closureCurrencies, zCountInMonth, type ZFigures } from '../../core/shifts/period-closure';
import type { Caller } from '../../core/staff/caller';
import { readChainHead } from '../../db/repositories/journal.repo';
import { closureById, closureByPeriod, insertClosure } from '../../db/repositories/period-closure.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { zAfter, type StoredZ } from '../../db/repositories/z-report.repo';
import type { WriteTx } from '../../db/tx';
import { closureBodyOf, closureView, nextClosure, type NextClosure } from './closure-plan';
import type { ShiftPorts } from './shift-ports';
import { zBodyOf } from './shift-views';

type ClosePeriodOutput = Output<'shifts.closePeriod'>;
export type ClosePeriod = (input: Input<'shifts.closePeriod'>, caller: Caller) => Promise<Result<ClosePeriodOutput>>;

type Ports = Pick<ShiftPorts, 'db' | 'mac' | 'terminalId' | 'clock' | 'signer' | 'timeZone'>;

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function figuresOf(z: StoredZ): ZFigures {
  const body = zBodyOf(z);
  return { zNumber: z.zNumber, closedAtMs: z.closedAtMs, currency: z.currency, period: body.period, overShortMinor: body.drawer.overShortMinor ?? 0 };
}

/** The Zs a closure takes: a month, the run of Zs closed in it or before; a year, every Z through its December's closure. */
async function zsOfPeriod(tx: WriteTx, ports: Ports, kind: ClosureKind, period: string, afterZ: number, timeZone: string): Promise<ZFigures[]> {
  const after = (await zAfter(tx, ports.terminalId, afterZ)).map(figuresOf);
  if (kind === 'month') return after.slice(0, zCountInMonth(after, period, timeZone));
  const december = await closureByPeriod(tx, ports.terminalId, 'month', `${period}-12`);
  if (!december) throw new Error('a year closed before its December');
  return after.filter((z) => z.zNumber <= december.throughZ);
}

/** The instant and the zone of one close. */
type Moment = { readonly nowMs: number; readonly timeZone: string };

/**
 * Writes the closure of the next period, in the caller's transaction: its Zs summed per currency
 * with grand totals carried on from the previous closure of the kind, the chain head before it,
 * signed with the Z key over its canonical bytes; then the `closure.<kind>` record (the head + 1)
 * and the append-only row.
 */
async function writeClosure(tx: WriteTx, ports: Ports, input: Input<'shifts.closePeriod'>, next: NextClosure, caller: Caller, { nowMs, timeZone }: Moment): Promise<ClosePeriodOutput> {
  const afterZ = next.last?.throughZ ?? 0;
  const zs = await zsOfPeriod(tx, ports, input.kind, input.period, afterZ, timeZone);
  const head = await readChainHead(tx);
  if (!head) throw new Error('journal has no genesis');
  const content = closureContent.parse({
    kind: input.kind, closureId: input.closureId, number: (next.last?.number ?? 0) + 1, terminalId: ports.terminalId, period: input.period,
    timeZone, closedAtMs: nowMs, closedBy: caller.staffId, afterZ, throughZ: zs[zs.length - 1]?.zNumber ?? afterZ,
    currencies: closureCurrencies(next.last ? closureBodyOf(next.last).currencies : [], zs), lastSeq: head.lastSeq, headMac: hex(head.headMac),
  });
  const canonical = closureCanonicalBytes(content);
  const signature = ports.signer.sign(canonical);
  const body = closureBody.parse({ ...content, signature: { algorithm: 'ed25519', publicKey: hex(ports.signer.publicKey), value: hex(signature) } });
  const seq = await appendRecord(tx, ports.mac, { kind: `closure.${input.kind}`, subjectId: input.closureId, body, actorId: caller.staffId, atMs: nowMs });
  if (seq !== head.lastSeq + 1) throw new Error('the closure entry is not the head + 1');
  await insertClosure(tx, {
    id: input.closureId, terminalId: ports.terminalId, kind: input.kind, number: content.number, period: input.period, seq, closedAtMs: nowMs,
    afterZ, throughZ: content.throughZ, lastSeq: head.lastSeq, canonical, signature, publicKey: ports.signer.publicKey,
  });
  return { closure: { ...body, seq }, replayed: false };
}

/**
 * Closes the next month or year of this terminal in one transaction (ledger design §6.1). A
 * repeat of the closure id answers the first closure; a period closes once, in order, when over,
 * and a year only after its December.
 */
export function closePeriod(ports: Ports): ClosePeriod {
  return async (input, caller) => {
    // One instant and one zone for the whole close: the checks, the Zs taken and the record agree.
    const moment: Moment = { nowMs: ports.clock.nowMs(), timeZone: ports.timeZone() };
    return ports.db.tx.write(async (tx): Promise<Result<ClosePeriodOutput>> => {
      const same = await closureById(tx, input.closureId);
      if (same) {
        return same.terminalId === ports.terminalId && same.kind === input.kind && same.period === input.period
          ? ok({ closure: closureView(same), replayed: true })
          : err('id_exists_with_different_content', 'this closure id closed another period');
      }
      if (await closureByPeriod(tx, ports.terminalId, input.kind, input.period)) {
        return err('period_already_closed', `${input.kind} ${input.period} is already closed on this terminal`);
      }
      const next = await nextClosure(tx, ports.terminalId, input.kind, moment.nowMs, moment.timeZone);
      if (!next) {
        return input.kind === 'month'
          ? err('nothing_to_close', 'this terminal has no Z report yet, so no month to close')
          : err('months_not_closed', 'no month is closed yet: a year closes after its months');
      }
      if (next.period !== input.period) return err('period_out_of_order', `the next ${input.kind} to close on this terminal is ${next.period}`);
      if (next.waitingFor === 'period_end') return err('period_not_over', `${input.period} is not over yet in ${moment.timeZone}`);
      if (next.waitingFor === 'months') return err('months_not_closed', `close ${input.period}-12 (and the months before it) first`);
      return ok(await writeClosure(tx, ports, input, next, caller, moment));
    });
  };
}
