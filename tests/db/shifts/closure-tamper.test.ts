import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { closureBody, closureContent } from '../../../shared/domain/records/closures';
import { closureCanonicalBytes } from '../../../electron/main/core/shifts/closure-canonical';
import { closureCurrencies } from '../../../electron/main/core/shifts/period-closure';
import { periodFrom } from '../../../electron/main/core/shifts/shift-figures';
import type { SqlConnection } from '../../../electron/main/db/driver';
import { readChainHead } from '../../../electron/main/db/repositories/journal.repo';
import { insertClosure } from '../../../electron/main/db/repositories/period-closure.repo';
import { appendRecord } from '../../../electron/main/db/repositories/record.repo';
import { zSignerFor, type ZSigner } from '../../../electron/main/db/z-signing';
import { closureWorld, salesOf, type ClosureWorld } from '../../app/shifts/closure-world';

/**
 * A monthly or yearly closure can never be rewritten either: its row is append-only and gapless,
 * its body a chained record, its bytes signed. An edit with the database key alone, and closures
 * written wrongly (another signer, sums that are not its Zs', a month taken before it ended), are
 * each named by verify with the closure's seq.
 */
let w: ClosureWorld;
beforeEach(async () => {
  w = await closureWorld('UTC');
  w.setNow('2026-01-05T10:00:00Z');
  await w.dayOfTrade(1_000);
  w.setNow('2026-02-05T10:00:00Z');
  await w.dayOfTrade(2_000);
  w.setNow('2026-03-05T10:00:00Z');
});
afterEach(async () => w.t.close());

async function rawEdit(sql: string): Promise<void> {
  await w.t.db.tx.exclusive(async (c: SqlConnection) => {
    const triggers = await c.allOnce("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'period_closure'");
    await c.exec('BEGIN IMMEDIATE');
    for (const tr of triggers) await c.exec(`DROP TRIGGER ${String(tr['name'])}`);
    await c.run(sql, []);
    for (const tr of triggers) await c.exec(String(tr['sql']));
    await c.exec('COMMIT');
  });
}

const verify = () => w.t.app.useCases.verifyLedger();
const closureProblems = async () => (await verify()).problems.filter((p) => p.kind === 'closure');

/** A January closure written by hand: as the use case would, but with what `change` alters, signed by `signer`. */
async function forgeJanuary(change: { closedAtMs?: number; totalMinor?: number }, signer: ZSigner = w.signer): Promise<number> {
  return w.t.db.tx.write(async (tx) => {
    const head = await readChainHead(tx);
    if (!head) throw new Error('no head');
    const closureId = newId();
    const period = periodFrom(salesOf(change.totalMinor ?? 1_000));
    const content = closureContent.parse({
      kind: 'month', closureId, number: 1, terminalId: w.t.terminalId, period: '2026-01', timeZone: 'UTC', closedAtMs: change.closedAtMs ?? w.t.clock.now,
      closedBy: w.owner.staffId, afterZ: 0, throughZ: 1,
      currencies: closureCurrencies([], [{ zNumber: 1, closedAtMs: 0, currency: 'CNY', period, overShortMinor: 0 }]),
      lastSeq: head.lastSeq, headMac: Buffer.from(head.headMac).toString('hex'),
    });
    const canonical = closureCanonicalBytes(content);
    const signature = signer.sign(canonical);
    const body = closureBody.parse({
      ...content, signature: { algorithm: 'ed25519', publicKey: Buffer.from(w.signer.publicKey).toString('hex'), value: Buffer.from(signature).toString('hex') },
    });
    const seq = await appendRecord(tx, w.t.mac, { kind: 'closure.month', subjectId: closureId, body, actorId: w.owner.staffId, atMs: content.closedAtMs });
    await insertClosure(tx, {
      id: closureId, terminalId: w.t.terminalId, kind: 'month', number: 1, period: '2026-01', seq, closedAtMs: content.closedAtMs, afterZ: 0, throughZ: 1,
      lastSeq: head.lastSeq, canonical, signature, publicKey: w.signer.publicKey,
    });
    return seq;
  });
}

describe('monthly closures under verify', () => {
  it('two months closed by the use case verify', async () => {
    await w.closeMonth('2026-01');
    await w.closeMonth('2026-02');
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('the forge, faithful, verifies: the cases below each change one thing', async () => {
    await forgeJanuary({});
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('an edited Z range in the row is named with the closure seq', async () => {
    const january = await w.closeMonth('2026-01');
    await rawEdit('UPDATE period_closure SET through_z = 2');
    const report = await verify();
    expect(report.firstBadSeq).toBe(january.seq);
    expect((await closureProblems())[0]?.message).toMatch(/month closure 1 \(2026-01\): the closure row differs from its chained record/);
  });

  it('a zeroed signature is named', async () => {
    const january = await w.closeMonth('2026-01');
    await rawEdit('UPDATE period_closure SET signature = zeroblob(64)');
    expect((await verify()).firstBadSeq).toBe(january.seq);
    expect((await closureProblems())[0]?.message).toMatch(/the stored signature differs/);
  });

  it('a deleted closure leaves a gap and an entry without its row, both named', async () => {
    const january = await w.closeMonth('2026-01');
    await w.closeMonth('2026-02');
    await rawEdit("DELETE FROM period_closure WHERE period = '2026-01'");
    expect((await verify()).firstBadSeq).toBe(january.seq);
    expect((await closureProblems()).map((p) => p.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/month closure 1 of terminal .* is missing before 2/), expect.stringMatching(/is a monthly or yearly closure with no closure row/),
    ]));
  });

  it('a closure signed by another key is named', async () => {
    const seq = await forgeJanuary({}, zSignerFor(new Uint8Array(randomBytes(32))));
    expect((await verify()).firstBadSeq).toBe(seq);
    expect((await closureProblems())[0]?.message).toMatch(/the signature does not verify/);
  });

  it('totals that are not its Zs’ sum are named, signed or not', async () => {
    const seq = await forgeJanuary({ totalMinor: 999 });
    expect((await verify()).firstBadSeq).toBe(seq);
    expect((await closureProblems())[0]?.message).toMatch(/its totals or grand totals are not the sum of its Zs/);
  });

  it('a month closed before it ended is named', async () => {
    const seq = await forgeJanuary({ closedAtMs: Date.parse('2026-01-31T23:00:00Z') });
    expect((await verify()).firstBadSeq).toBe(seq);
    expect((await closureProblems())[0]?.message).toMatch(/was taken before 2026-01 was over/);
  });
});

describe('the closure table', () => {
  it('refuses a change, a deletion, a skipped number and a Z range that does not follow the previous one', async () => {
    await w.closeMonth('2026-01');
    const refused = async (sql: string) => {
      try {
        await w.t.db.tx.write((tx) => tx.run(sql, []));
        return 'accepted';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(await refused("UPDATE period_closure SET period = '2026-02'")).toMatch(/append_only/);
    expect(await refused('DELETE FROM period_closure')).toMatch(/append_only/);
    const copy = (number: number, afterZ: number) => `INSERT INTO period_closure SELECT randomblob(16), terminal_id, kind, ${number}, '2026-02', seq + 100,
      closed_at_ms, ${afterZ}, ${afterZ}, seq + 99, canonical, signature, public_key FROM period_closure`;
    expect(await refused(copy(3, 1))).toMatch(/closure_number_gap/);
    expect(await refused(copy(2, 0))).toMatch(/closure_number_gap/);
  });
});
