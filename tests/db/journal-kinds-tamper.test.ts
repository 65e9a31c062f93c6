import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import type { SqlConnection } from '../../electron/main/db/driver';
import { newId } from '../../shared/domain/ids';
import { AUDIT_KINDS, type AuditKind } from '../../shared/domain/audit-kinds';
import { JOURNAL_KINDS, type JournalKind } from '../../shared/domain/journal-kinds';
import { RECORD_KINDS, type RecordKind } from '../../shared/domain/records';
import { ACCOUNT_FLAGS } from '../../shared/domain/ledger-types';
import { resetSecretApproval } from '../../shared/ipc/contract/staff';
import { createTestApp, expectOk, setupWithStaff, signInAs, type TestApp } from '../support/test-app';
import { TEST_ACTOR } from '../support/test-db';
import { renameIn, type Case } from './tamper-cases/case';
import { cardTamperCases, seedCardKinds } from './tamper-cases/cards';
import { seedCatalogKinds } from './tamper-cases/catalog';
import { seedShiftKinds, shiftTamperCases } from './tamper-cases/shifts';
import { seedVoucherKinds, voucherTamperCases } from './tamper-cases/vouchers';
import { seedSalesKinds } from './tamper-cases/sales';
import { seedWalletKinds, walletTamperCases } from './tamper-cases/wallets';
import { DISPLAY_CODE_ALPHABET } from '../../shared/ipc/contract/display-domain';
import { DISPLAY_CODE_TRIES_MAX } from '../../electron/main/app/display/pairing-codes';

/**
 * Every journal kind is checked against the rows it describes (docs/ledger.md): for one entry of each
 * kind, change one value of the row it describes, and verify must name that entry's seq. The list
 * of kinds comes from the registry, so a new kind without a case here fails this test.
 */
const MARK_ORIGIN = "origin = origin || 'x'";
const UNMARK_ORIGIN = 'origin = substr(origin, 1, length(origin) - 1)';
const CASES: { readonly [K in JournalKind]: Case } = {
  'ledger.create': { table: 'ledger', set: 'asset_scale = asset_scale + 1', undo: 'asset_scale = asset_scale - 1', where: 'seq = ?' },
  'account.open': { table: 'account', set: "kind = kind || 'x'", undo: 'kind = substr(kind, 1, length(kind) - 1)', where: 'seq = ?' },
  'ledger.batch': { table: 'transfer', set: 'amount = amount + 1', undo: 'amount = amount - 1', where: 'key >> 10 = ?' },
  'ledger.rejection': {
    table: 'transfer_rejection', set: "message = message || '!'", undo: 'message = substr(message, 1, length(message) - 1)', where: 'seq = ?',
  },
  'staff.state': renameIn('displayName'),
  'meta.state': renameIn('merchantName'),
  ...walletTamperCases,
  ...cardTamperCases,
  ...voucherTamperCases,
  ...shiftTamperCases,
  // A record's body gains a key its schema does not have: it no longer fits, and is named.
  ...Object.fromEntries(RECORD_KINDS.map((kind) => [
    kind, { table: 'domain_record', set: "body = json_set(body, '$.zz', 1)", undo: "body = json_remove(body, '$.zz')", where: 'seq = ?' },
  ])) as Record<RecordKind, Case>,
  ...Object.fromEntries(AUDIT_KINDS.map((kind) => [
    kind, { table: 'audit', set: MARK_ORIGIN, undo: UNMARK_ORIGIN, where: 'seq = ?' },
  ])) as Record<AuditKind, Case>,
};

async function withoutAppendOnly(db: Database, table: string, job: (c: SqlConnection) => Promise<number>): Promise<number> {
  return db.tx.exclusive(async (c) => {
    const triggers = await c.allOnce("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (?, ?)",
      [`${table}_no_update`, `${table}_no_delete`]);
    await c.exec('BEGIN IMMEDIATE');
    try {
      for (const t of triggers) await c.exec(`DROP TRIGGER ${String(t['name'])}`);
      const changed = await job(c);
      for (const t of triggers) await c.exec(String(t['sql']));
      await c.exec('COMMIT');
      return changed;
    } catch (error) {
      await c.exec('ROLLBACK');
      throw error;
    }
  });
}

let t: TestApp;
const firstSeqOf = new Map<string, number>();

/** One entry of every kind, written through the app's own use cases. */
beforeAll(async () => {
  t = await createTestApp({ lockout: { maxFailedAttempts: 1 } });
  const { owner, members } = await setupWithStaff(t, [{ staffCode: 'mgr1', secret: '135790', role: 'manager' }]);
  const manager = members[0];
  if (!manager) throw new Error('no manager');
  const uc = t.app.useCases;
  expectOk(await t.call('staff.setRole', { targetStaffId: manager.id, role: 'manager' }));
  expectOk(await t.call('settings.update', { terminalName: 'Till 2' }));
  const granted = expectOk<{ approvalId: string }>(await t.call('approval.grant', {
    request: { action: 'sale.refund', subject: 'sale-1' }, managerCode: manager.staffCode, managerSecret: manager.secret,
  }));
  const caller = uc.session.activeStaff();
  expect((await uc.consumeApproval(granted.approvalId, 'sale.refund', 'sale-1', caller, 'ipc')).ok).toBe(true);
  expect((await uc.consumeApproval(granted.approvalId, 'sale.refund', 'sale-1', caller, 'ipc')).ok).toBe(false);
  expectOk(await t.call('staff.setDisabled', { targetStaffId: manager.id, disabled: true })); // audit.staffDisabled
  expectOk(await t.call('staff.setDisabled', { targetStaffId: manager.id, disabled: false }));
  const forReset = expectOk<{ approvalId: string }>(await t.call('approval.grant', {
    request: resetSecretApproval(manager.id), managerCode: manager.staffCode, managerSecret: manager.secret,
  }));
  expectOk(await t.call('staff.resetSecret', { // audit.secretReset
    targetStaffId: manager.id, secretKind: 'pin', secret: manager.secret, approvalId: forReset.approvalId,
  }));
  expect((await t.call('approval.grant', { // audit.approvalCheckFailed
    request: { action: 'sale.refund', subject: 'sale-2' }, managerCode: manager.staffCode, managerSecret: '999999',
  })).ok).toBe(false);
  // Written by the CLI's restore and accept-rollback, which need a data directory on disk.
  await uc.recordAudit({ kind: 'audit.anchorReset', staffId: owner.id, origin: 'cli', detail: { cause: 'backup_restored', finding: null, headSeq: 1, anchorSeq: null } });
  expectOk(await t.call('staff.signOut', {}));
  expect((await t.call('ledger.health', {})).ok).toBe(false); // audit.accessDenied
  expect((await t.call('staff.signIn', { staffCode: 'mgr1', secret: '000000' })).ok).toBe(false); // failed + lockout
  await signInAs(t, owner);
  const { ledger } = uc;
  const [cash, wallet] = [newId(), newId()];
  expectOk(await ledger.openAccount({ id: cash, currency: 'CNY', kind: 'cash', flags: ACCOUNT_FLAGS.none }, TEST_ACTOR));
  expectOk(await ledger.openAccount({ id: wallet, currency: 'CNY', kind: 'wallet', flags: ACCOUNT_FLAGS.debitsMustNotExceedCredits }, TEST_ACTOR));
  const leg = (debit: string, credit: string, amountMinor: number) =>
    ({ kind: 'single' as const, id: newId(), currency: 'CNY', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'sale' });
  expectOk(await ledger.submitBatch({ id: newId(), legs: [leg(cash, wallet, 500)] }, TEST_ACTOR));
  const declined = await ledger.submitBatch({ id: newId(), legs: [leg(wallet, cash, 900)] }, TEST_ACTOR);
  expect(declined.ok ? 'ok' : declined.error.code).toBe('insufficient_funds');
  await seedWalletKinds(t);
  await seedCardKinds(t);
  await seedVoucherKinds(t);
  await seedCatalogKinds(t);
  await seedShiftKinds(t, owner);
  await seedSalesKinds(t);
  // The customer display: one pairing, then a code burnt by wrong tries (symbols of the alphabet, so the schema takes them).
  const paired = expectOk<{ code: string }>(await t.call('display.pairingCode', {}));
  expectOk(await t.call('display.redeemCode', { code: paired.code }));
  const guessed = expectOk<{ code: string }>(await t.call('display.pairingCode', {}));
  const wrong = `${guessed.code.slice(0, -1)}${guessed.code.endsWith(DISPLAY_CODE_ALPHABET[0] ?? '') ? DISPLAY_CODE_ALPHABET[1] : DISPLAY_CODE_ALPHABET[0]}`;
  for (let i = 0; i < DISPLAY_CODE_TRIES_MAX; i += 1) expect((await t.call('display.redeemCode', { code: wrong })).ok).toBe(false);
  // Written by tillbook accept-rollback and restore (app/ledger/accept-rollback.ts); origin http so the swap below is its own undo.
  await uc.recordAudit({ kind: 'audit.anchorReset', staffId: owner.id, origin: 'http', detail: { cause: 'rollback_accepted', finding: 'behind_anchor', headSeq: 3, anchorSeq: 5 } });
  const rows = await t.db.tx.read((tx) => tx.all('SELECT kind, min(seq) AS seq FROM journal GROUP BY kind'));
  for (const row of rows) firstSeqOf.set(String(row['kind']), Number(row['seq']));
});
afterAll(async () => t.close());

describe('verify checks every journal kind against the rows it describes', () => {
  it('the ledger above holds an entry of every kind, and verifies', async () => {
    expect(JOURNAL_KINDS.filter((kind) => !firstSeqOf.has(kind))).toEqual([]);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it.each(JOURNAL_KINDS.map((kind) => [kind]))('names the seq of a %s entry whose row was changed', async (kind) => {
    const seq = firstSeqOf.get(kind) as number;
    const { table, set, undo, where } = CASES[kind];
    const update = (assignment: string) => withoutAppendOnly(t.db, table, async (c) =>
      (await c.run(`UPDATE ${table} SET ${assignment} WHERE ${where}`, [seq])).changes);
    expect(await update(set), `${kind}: rows changed`).toBeGreaterThan(0);
    const report = await t.app.useCases.verifyLedger();
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq, `${kind}: ${JSON.stringify(report.problems.slice(0, 2))}`).toBe(seq);
    expect(await update(undo)).toBeGreaterThan(0);
    expect((await t.app.useCases.verifyLedger()).ok, `${kind}: restored`).toBe(true);
  });
});
