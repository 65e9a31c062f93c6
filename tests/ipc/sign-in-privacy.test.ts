import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/domain/result';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../support/test-app';
import { CASHIER, MANAGER } from './samples';

/**
 * Issue 7 §1: sign-in replies must not tell whether a staff code exists, and a code that matched
 * nobody (often a PIN typed into the wrong field) must never be stored as typed.
 */
const open: TestApp[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

async function seeded() {
  const t = await createTestApp();
  open.push(t);
  const { owner, members } = await setupWithStaff(t, [
    { ...MANAGER, role: 'manager' },
    { ...CASHIER, role: 'cashier' },
  ]);
  const [manager, cashier] = members as [StaffSeed, StaffSeed];
  return { t, owner, manager, cashier };
}

type AuditRow = { kind: string; staffId: string | null; detail: Record<string, unknown> };

async function auditRows(t: TestApp, afterSeq = 0): Promise<AuditRow[]> {
  const rows = await t.db.tx.read((tx) =>
    tx.all('SELECT j.kind, hex(j.ref_id) AS ref, a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE a.seq > ? ORDER BY a.seq', [afterSeq]));
  return rows.map((row) => ({
    kind: String(row['kind']),
    staffId: typeof row['ref'] === 'string' && row['ref'] !== '' ? String(row['ref']) : null,
    detail: JSON.parse(String(row['detail'])) as Record<string, unknown>,
  }));
}

/** Every text and blob cell of every table (listed at run time) that contains `needle`. */
async function cellsContaining(t: TestApp, needle: string): Promise<string[]> {
  const bytes = Buffer.from(needle, 'utf8');
  const lower = needle.toLowerCase();
  return t.db.tx.read(async (tx) => {
    const found: string[] = [];
    const tables = (await tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'")).map((r) => String(r['name']));
    expect(tables).toEqual(expect.arrayContaining(['audit', 'journal', 'staff', 'meta']));
    for (const table of tables) {
      const rows = await tx.all(`SELECT * FROM "${table.replaceAll('"', '""')}"`);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          const hit = typeof value === 'string'
            ? value.toLowerCase().includes(lower)
            : value instanceof Uint8Array && (Buffer.from(value).includes(bytes) || Buffer.from(value).toString('hex').includes(Buffer.from(needle).toString('hex')));
          if (hit) found.push(`${table}.${column}`);
        }
      }
    }
    return found;
  });
}

const wrongFor = (staffCode: string) => ({ staffCode, secret: '000000' });

describe('sign-in replies are the same for unknown and known codes', () => {
  it('unknown code, wrong secret, the locking attempt, a locked account (even with its right secret): one reply', async () => {
    const { t, cashier } = await seeded();
    const replies: [string, Result<unknown>][] = [];
    replies.push(['unknown code', await t.call('staff.signIn', wrongFor('ghost'))]);
    replies.push(['unknown code that looks like a PIN', await t.call('staff.signIn', wrongFor('135790'))]);
    for (let i = 1; i <= 10; i += 1) replies.push([`wrong secret #${i}`, await t.call('staff.signIn', wrongFor(CASHIER.staffCode))]);
    expect((await t.findStaff(cashier.id))?.lockedUntilMs).not.toBeNull();
    replies.push(['locked, wrong secret', await t.call('staff.signIn', wrongFor(CASHIER.staffCode))]);
    replies.push(['locked, right secret', await t.call('staff.signIn', { staffCode: CASHIER.staffCode, secret: CASHIER.secret })]);
    const first = replies[0]?.[1];
    expect(first).toEqual({ ok: false, error: { code: 'bad_credentials', message: 'staff code or secret is wrong' } });
    for (const [label, reply] of replies) expect(reply, label).toEqual(first);
  });

  it('approval.grant answers the same for an unknown approver code, a wrong secret and a locked approver', async () => {
    const { t, manager } = await seeded();
    await signInAs(t, { staffCode: CASHIER.staffCode, secret: CASHIER.secret });
    const grant = (managerCode: string, managerSecret: string) =>
      t.call('approval.grant', { request: { action: 'sale.refund', subject: '{"saleId":"s-1"}' }, managerCode, managerSecret });
    const replies: Result<unknown>[] = [await grant('ghost', '000000')];
    for (let i = 0; i < 10; i += 1) replies.push(await grant(MANAGER.staffCode, '000000'));
    expect((await t.findStaff(manager.id))?.lockedUntilMs).not.toBeNull();
    replies.push(await grant(MANAGER.staffCode, MANAGER.secret));
    for (const reply of replies) expect(reply).toEqual(replies[0]);
    expect(replies[0]).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
  });

  it('unlock, whose holder is known, still says how many attempts are left and when the lock ends', async () => {
    const { t } = await seeded();
    await signInAs(t, { staffCode: CASHIER.staffCode, secret: CASHIER.secret });
    expectOk(await t.call('staff.lock', {}));
    expect(await t.call('staff.unlock', { secret: '000000' })).toMatchObject({ ok: false, error: { code: 'bad_credentials', message: expect.stringMatching(/9 attempts left/) } });
  });

  it('the tenth failed attempt is audited as attempt 10, then the lockout', async () => {
    const { t, cashier } = await seeded();
    const start = (await t.mark()).headSeq;
    for (let i = 0; i < 10; i += 1) await t.call('staff.signIn', wrongFor(CASHIER.staffCode));
    const rows = (await auditRows(t, start)).filter((r) => r.kind === 'audit.signInFailed' || r.kind === 'audit.lockout');
    expect(rows.map((r) => r.kind === 'audit.lockout' ? 'lockout' : r.detail['attempt'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'lockout']);
    expect(rows.every((r) => r.staffId === cashier.id.replaceAll('-', '').toUpperCase())).toBe(true);
    expect(rows[0]?.detail).toEqual({ context: 'signIn', reason: 'wrong_secret', attempt: 1 });
  });
});

describe('a code that matched nobody is stored only as a keyed digest', () => {
  it('no table holds the typed text; the audit holds a 128-bit digest, the same for the same code in any case', async () => {
    const { t } = await seeded();
    const typed = ['73915824', '73915824', 'Zq7Xw9', 'zQ7xW9', '73915825'];
    const start = (await t.mark()).headSeq;
    for (const staffCode of typed) expect(await t.call('staff.signIn', wrongFor(staffCode))).toMatchObject({ ok: false });
    await signInAs(t, { staffCode: CASHIER.staffCode, secret: CASHIER.secret });
    // The approver's code field too.
    await t.call('approval.grant', { request: { action: 'sale.refund', subject: 'x' }, managerCode: '55443322', managerSecret: '000000' });
    await t.app.useCases.denials.flush();
    // The scan finds what is there (a real staff code), so its silence below means something.
    expect(await cellsContaining(t, CASHIER.staffCode)).toContain('staff.staff_code');
    for (const needle of ['73915824', 'Zq7Xw9', '73915825', '55443322']) expect(await cellsContaining(t, needle), needle).toEqual([]);

    const failed = (await auditRows(t, start)).filter((r) => r.kind === 'audit.signInFailed' || r.kind === 'audit.approvalCheckFailed');
    expect(failed).toHaveLength(6);
    for (const row of failed) {
      expect(row.staffId).toBeNull();
      expect(row.detail['codeHash']).toMatch(/^[0-9a-f]{32}$/);
      expect(row.detail['reason']).toBe('unknown_or_disabled');
    }
    const digests = failed.map((r) => r.detail['codeHash']);
    expect(digests[0]).toBe(digests[1]);
    expect(digests[2]).toBe(digests[3]); // codes are compared without regard to case
    expect(new Set(digests).size).toBe(4);
    expect(failed.slice(0, 5).every((r) => r.detail['context'] === 'signIn')).toBe(true);
  });

  it('the digest is keyed: two tills (two root keys) record different digests for the same code', async () => {
    const a = await seeded();
    const b = await seeded();
    for (const { t } of [a, b]) await t.call('staff.signIn', wrongFor('73915824'));
    const digest = async (t: TestApp) => (await auditRows(t)).find((r) => r.kind === 'audit.signInFailed')?.detail['codeHash'];
    expect(await digest(a.t)).toMatch(/^[0-9a-f]{32}$/);
    expect(await digest(a.t)).not.toBe(await digest(b.t));
  });

  it('verify still passes over the new audit rows', async () => {
    const { t } = await seeded();
    await t.call('staff.signIn', wrongFor('73915824'));
    await signInAs(t, { staffCode: MANAGER.staffCode, secret: MANAGER.secret });
    expect(await t.call('ledger.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  });
});
