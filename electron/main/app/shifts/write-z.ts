import { zBody, zContent, type GrandTotals, type ZBody } from '../../../../shared/domain/records/shifts';
import { carryGrandTotals } from '../../core/shifts/shift-figures';
import { zCanonicalBytes } from '../../core/shifts/closure-canonical';
import { readChainHead } from '../../db/repositories/journal.repo';
import { pendingOutboxCount, syncCursor } from '../../db/repositories/outbox.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import type { ShiftRow } from '../../db/repositories/shift.repo';
import { insertZReport, lastZ, lastZInCurrency, type StoredZ } from '../../db/repositories/z-report.repo';
import type { ReadTx, WriteTx } from '../../db/tx';
import type { ShiftFigures } from './shift-figures';
import type { ShiftPorts } from './shift-ports';
import { zBodyOf } from './shift-views';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** The outbox entries after the sync cursor now: what a close must confirm, and what its Z lists. */
export async function unsyncedNow(tx: ReadTx): Promise<{ count: number; ackedSeq: number }> {
  return { count: await pendingOutboxCount(tx), ackedSeq: await syncCursor(tx) };
}

export type ZFacts = {
  readonly shift: ShiftRow;
  readonly closedBy: string;
  readonly closedAtMs: number;
  readonly figures: ShiftFigures;
  readonly unsynced: { readonly count: number; readonly ackedSeq: number };
};

async function previousGrandTotals(tx: ReadTx, terminalId: string, currency: string): Promise<GrandTotals | null> {
  const previous = await lastZInCurrency(tx, terminalId, currency);
  return previous ? zBodyOf(previous).grandTotals : null;
}

/**
 * Writes the Z of a closing shift, last in the close's transaction (after `before`, given the number): the next number of this
 * terminal, the period (after the previous Z's own entry, up to the head now) with the head's MAC,
 * the grand totals carried on from the previous Z in this currency, signed with Ed25519 over
 * their canonical bytes; then the `closure.z` record (its journal entry is the head + 1) and the
 * append-only Z row with the signed bytes.
 */
export async function writeZ(
  tx: WriteTx, ports: Pick<ShiftPorts, 'mac' | 'terminalId' | 'signer'>, facts: ZFacts, before: (zNumber: number) => Promise<void>,
): Promise<{ body: ZBody; z: StoredZ }> {
  const previous = await lastZ(tx, ports.terminalId);
  // What the close records before its Z (shift.closed names the Z's number) falls inside the Z's period.
  await before((previous?.zNumber ?? 0) + 1);
  const head = await readChainHead(tx);
  if (!head) throw new Error('journal has no genesis');
  const content = zContent.parse({
    zNumber: (previous?.zNumber ?? 0) + 1, terminalId: ports.terminalId, shiftId: facts.shift.id, currency: facts.shift.currency,
    openedAtMs: facts.shift.openedAtMs, closedAtMs: facts.closedAtMs, openedBy: facts.shift.openedBy, closedBy: facts.closedBy,
    firstSeq: previous ? previous.seq + 1 : 1, lastSeq: head.lastSeq, headMac: hex(head.headMac),
    period: facts.figures.period, drawer: facts.figures.drawer,
    grandTotals: carryGrandTotals(await previousGrandTotals(tx, ports.terminalId, facts.shift.currency), facts.figures.period),
    unsynced: facts.unsynced,
  });
  const canonical = zCanonicalBytes(content);
  const signature = ports.signer.sign(canonical);
  const body = zBody.parse({ ...content, signature: { algorithm: 'ed25519', publicKey: hex(ports.signer.publicKey), value: hex(signature) } });
  const seq = await appendRecord(tx, ports.mac, { kind: 'closure.z', subjectId: facts.shift.id, body, actorId: facts.closedBy, atMs: facts.closedAtMs });
  if (seq !== head.lastSeq + 1) throw new Error('the Z entry is not the head + 1');
  const z: StoredZ = {
    terminalId: ports.terminalId, zNumber: content.zNumber, shiftId: facts.shift.id, seq, currency: facts.shift.currency,
    closedAtMs: facts.closedAtMs, firstSeq: content.firstSeq, lastSeq: content.lastSeq, headMac: head.headMac, canonical, signature,
    publicKey: ports.signer.publicKey, bodyJson: JSON.stringify(body), entryKind: 'closure.z',
  };
  await insertZReport(tx, z);
  return { body, z };
}
