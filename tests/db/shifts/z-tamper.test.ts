import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { zBody, zContent, type ZBody } from '../../../shared/domain/records/shifts';
import { shiftUseCases, type ShiftUseCases } from '../../../electron/main/app/shifts/assemble-shifts';
import type { SaleTotalsOf } from '../../../electron/main/app/shifts/shift-ports';
import { zCanonicalBytes } from '../../../electron/main/core/shifts/closure-canonical';
import type { Caller } from '../../../electron/main/core/staff/caller';
import { readChainHead } from '../../../electron/main/db/repositories/journal.repo';
import { appendRecord } from '../../../electron/main/db/repositories/record.repo';
import { insertZReport } from '../../../electron/main/db/repositories/z-report.repo';
import type { SqlConnection } from '../../../electron/main/db/driver';
import { zSignerFor, type ZSigner } from '../../../electron/main/db/z-signing';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/**
 * A Z can never be rewritten: its row is append-only, its body is a chained record, its bytes are
 * signed. Edits made with the database key alone, and Zs written wrongly by a signer (bad signature,
 * grand totals that do not carry on), are each named by verify with the Z's seq.
 */
let t: TestApp;
let uc: ShiftUseCases;
let owner: Caller;
let signer: ZSigner;

/** Sales of one shift, as SALES would total them: every shift sold 1,000 in cash at 13 % VAT. */
const saleTotals: SaleTotalsOf = async () => ({
  currency: 'CNY', saleCount: 2, refundCount: 0, voidCount: 0, grossMinor: 1_000, discountMinor: 0, netMinor: 885, taxMinor: 115,
  totalMinor: 1_000, refundsMinor: 0, byTax: [{ taxClass: 'standard', rateBp: 1300, netMinor: 885, taxMinor: 115, totalMinor: 1_000 }],
  byTender: [{ kind: 'cash', salesMinor: 1_000, refundsMinor: 0 }], cashTakenMinor: 1_000, cashRefundedMinor: 0,
});

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await setupWithStaff(t);
  owner = { staffId: seeded.owner.id, role: 'owner', displayName: 'Olive Owner' };
  signer = zSignerFor(new Uint8Array(randomBytes(32)));
  uc = shiftUseCases({ db: t.db, mac: t.mac, terminalId: t.terminalId, clock: t.clock, audit: async () => undefined, signer, saleTotals, timeZone: () => 'UTC' });
});
afterEach(async () => t.close());

async function dayOfTrade(count: number): Promise<{ seq: number; zNumber: number }[]> {
  const zs: { seq: number; zNumber: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const shiftId = newId();
    expectOk(await uc.open({ shiftId, floatMinor: 2_000 }, owner));
    t.clock.advance(3_600_000);
    const { z } = expectOk<{ z: { seq: number; zNumber: number } }>(await uc.close({ shiftId, countedCashMinor: 2_000, confirmUnsynced: true }, owner, 'ipc'));
    zs.push(z);
  }
  return zs;
}

/** Runs `sql` with the Z table's append-only triggers dropped (an attacker with the database key). */
async function rawEdit(sql: string, args: (string | number)[] = []): Promise<void> {
  await t.db.tx.exclusive(async (c: SqlConnection) => {
    const triggers = await c.allOnce("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'z_report'");
    await c.exec('BEGIN IMMEDIATE');
    for (const tr of triggers) await c.exec(`DROP TRIGGER ${String(tr['name'])}`);
    await c.run(sql, args);
    for (const tr of triggers) await c.exec(String(tr['sql']));
    await c.exec('COMMIT');
  });
}

async function verify() {
  return t.app.useCases.verifyLedger();
}

const closureMessages = (report: Awaited<ReturnType<typeof verify>>) => report.problems.filter((p) => p.kind === 'closure');

describe('Z reports under verify', () => {
  it('three closes verify: numbers 1–3, each signed, each period right after the last', async () => {
    const zs = await dayOfTrade(3);
    expect(zs.map((z) => z.zNumber)).toEqual([1, 2, 3]);
    const z3 = expectOk<{ grandTotals: { saleCount: number; totalMinor: number }; firstSeq: number }>(await uc.zReport({ zNumber: 3 }));
    expect(z3.grandTotals).toMatchObject({ saleCount: 6, totalMinor: 3_000 });
    expect(z3.firstSeq).toBe((zs[1]?.seq ?? 0) + 1);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a flipped signature byte in the Z row is named with the Z seq', async () => {
    const [, z2] = await dayOfTrade(2);
    await rawEdit('UPDATE z_report SET signature = zeroblob(64) WHERE z_number = 2');
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq).toBe(z2?.seq);
    expect(closureMessages(report)[0]?.message).toMatch(/Z 2: the stored signature differs/);
  });

  it('a Z row deleted leaves a gap and a closure without its row, both named', async () => {
    const [z1] = await dayOfTrade(3);
    await rawEdit('DELETE FROM z_report WHERE z_number = 1');
    const report = await verify();
    expect(report.firstBadSeq).toBe(z1?.seq);
    expect(closureMessages(report).map((p) => p.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/Z 1 of terminal .* is missing before Z 2/), expect.stringMatching(/is a Z report with no Z row/),
    ]));
  });

  it('a renumbered Z row is named', async () => {
    const [, , z3] = await dayOfTrade(3);
    await rawEdit('UPDATE z_report SET z_number = 4 WHERE z_number = 3');
    const report = await verify();
    expect(report.firstBadSeq).toBe(z3?.seq);
    expect(closureMessages(report)[0]?.message).toMatch(/Z 3 of terminal .* is missing before Z 4/);
  });

  it('a Z whose signature does not verify (written by a wrong signer) is named', async () => {
    await dayOfTrade(1);
    const other = zSignerFor(new Uint8Array(randomBytes(32)));
    uc = shiftUseCases({
      db: t.db, mac: t.mac, terminalId: t.terminalId, clock: t.clock, audit: async () => undefined, saleTotals, timeZone: () => 'UTC',
      signer: { publicKey: signer.publicKey, sign: (bytes) => other.sign(bytes) },
    });
    const [z2] = await dayOfTrade(1);
    const report = await verify();
    expect(report.firstBadSeq).toBe(z2?.seq);
    expect(closureMessages(report)[0]?.message).toMatch(/^Z 2: the signature does not verify/);
  });

  it('a Z whose grand totals do not carry the previous ones on is named, though its signature and chain are sound', async () => {
    const [z1] = await dayOfTrade(1);
    const shiftId = newId();
    expectOk(await uc.open({ shiftId, floatMinor: 2_000 }, owner));
    const seq = await t.db.tx.write(async (tx) => {
      const previous = zBody.parse(JSON.parse(String((await tx.get('SELECT body FROM domain_record WHERE seq = ?', [z1?.seq ?? 0]))?.['body'])));
      const head = await readChainHead(tx);
      if (!head) throw new Error('no head');
      const { signature: _unused, ...rest } = previous;
      const content = zContent.parse({
        ...rest, zNumber: 2, shiftId, firstSeq: previous.lastSeq + 2, lastSeq: head.lastSeq, headMac: Buffer.from(head.headMac).toString('hex'),
        grandTotals: rest.grandTotals, // not carried on: the period's sales are missing from it
      });
      const canonical = zCanonicalBytes(content);
      const sig = signer.sign(canonical);
      const body: ZBody = { ...content, signature: { algorithm: 'ed25519', publicKey: Buffer.from(signer.publicKey).toString('hex'), value: Buffer.from(sig).toString('hex') } };
      const at = await appendRecord(tx, t.mac, { kind: 'closure.z', subjectId: shiftId, body, actorId: owner.staffId, atMs: t.clock.nowMs() });
      await insertZReport(tx, {
        terminalId: t.terminalId, zNumber: 2, shiftId, seq: at, currency: 'CNY', closedAtMs: content.closedAtMs, firstSeq: content.firstSeq,
        lastSeq: content.lastSeq, headMac: head.headMac, canonical, signature: sig, publicKey: signer.publicKey,
      });
      return at;
    });
    const report = await verify();
    expect(report.firstBadSeq).toBe(seq);
    expect(closureMessages(report).map((p) => p.message)).toEqual([expect.stringMatching(/Z 2: the grand totals are not the previous Z's plus this period/)]);
  });
});
