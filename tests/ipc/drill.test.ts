import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import type { Result } from '../../shared/domain/result';
import { APPROVAL_TTL_MS, type Approval } from '../../electron/main/core/staff/approval-book';
import type { CallContext } from '../../electron/main/ipc/call-context';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../support/test-app';
import { objectPaths, withExtraKey } from './json-paths';
import { CASHIER, MANAGER, validInputs, type ValidInputs } from './samples';

/**
 * The compromised-renderer drill (docs/security.md §9), at the dispatch boundary both transports
 * share: a script in the renderer can send anything, so authority must come from main only.
 * Pass: 0 forged actions succeed, and each attempt leaves an audit row in the journal.
 */
const KEYS = Object.keys(contract) as MethodKey[];
const NON_PUBLIC = KEYS.filter((key) => contract[key].access !== 'public');

let t: TestApp;
let owner: StaffSeed;
let manager: StaffSeed;
let cashier: StaffSeed;
let samples: ValidInputs;

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await setupWithStaff(t, [
    { ...MANAGER, role: 'manager' },
    { ...CASHIER, role: 'cashier' },
  ]);
  owner = seeded.owner;
  [manager, cashier] = seeded.members as [StaffSeed, StaffSeed];
  samples = validInputs({ cashierId: cashier.id });
  expectOk(await t.call('staff.signOut', {}));
});
afterEach(async () => t.close());

/**
 * What a refused call must leave untouched: every table in sqlite_schema (listed at run time, so
 * a new table is covered the day it is created) and the settings store. A refusal appends its
 * audit row to the journal, which each test checks through `rows`; so tables with a `seq` column
 * are compared up to `headSeq`, the journal head before the attempt, and `chain_state`, which
 * only points at the journal head, by its presence.
 */
async function snapshot(headSeq: number): Promise<unknown> {
  const db = t.db;
  const tables = await db.tx.read(async (tx) => {
    const names = (await tx.all("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")).map((r) => String(r['name']));
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const columns = (await tx.all('SELECT name FROM pragma_table_info(?)', [name])).map((r) => String(r['name']));
      if (name === 'chain_state') {
        out[name] = ['(the journal head)'];
        continue;
      }
      const rows = columns.includes('seq')
        ? await tx.all(`SELECT * FROM ${quoted} WHERE seq <= ?`, [headSeq])
        : await tx.all(`SELECT * FROM ${quoted}`);
      out[name] = rows.map(rowText).sort();
    }
    return out;
  });
  return { tables, settings: t.settings.read() };
}

/** The journal head now, and the snapshot up to it: what the refused calls that follow must keep. */
async function untouched(): Promise<{ seq: number; state: unknown }> {
  const seq = (await t.mark()).headSeq;
  return { seq, state: await snapshot(seq) };
}

/** One row as text, blobs in hex, so rows compare and sort as strings. */
function rowText(row: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(row).map(([column, value]) =>
    [column, value instanceof Uint8Array ? `x'${Buffer.from(value).toString('hex')}'` : value]));
}

/** Runs `attempt`; returns its reply and the journal rows it added. */
async function attempt(run: () => Promise<Result<unknown>>) {
  const before = await t.mark();
  const reply = await run();
  // Audit rows only: staff changes also chain `staff.state` entries (docs/security.md §6).
  const rows = (await t.journalSince(before.headSeq)).filter((r) => r.kind.startsWith('audit.'));
  return { reply, rows, before, after: await t.mark() };
}

/** The approved action's own check, as its use case runs it for `who`. */
function consumeFor(who: StaffSeed | null, approvalId: string, action: string, subject: string) {
  const ctx = ctxFor(who);
  return t.app.useCases.consumeApproval(approvalId, action, subject, ctx.caller, ctx.transport);
}

function ctxFor(who: StaffSeed | null): CallContext {
  return {
    caller: who ? { staffId: who.id, role: who.role, displayName: who.staffCode } : null,
    transport: 'ipc',
    correlationId: newId(),
    effects: {},
  };
}

describe('1. staffId, role or terminalId added to any input → invalid_input, nothing written', () => {
  it.each(['cashier', 'owner'] as const)('as %s, on every method and every nested object', async (who) => {
    await signInAs(t, who === 'cashier' ? cashier : owner);
    let attempts = 0;
    for (const key of KEYS) {
      for (const sample of samples[key]) {
        for (const path of objectPaths(sample)) {
          for (const [field, value] of [['staffId', owner.id], ['role', 'owner'], ['terminalId', 'terminal-1']] as const) {
            if (Object.hasOwn(sample, field) && path.length === 0) continue; // staff.setRole's own target field
            const { reply, before, after } = await attempt(() => t.call(key, structuredClone(withExtraKey(sample, path, field, value))));
            expect(reply, `${key} ${[...path, field].join('.')}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
            expect(after).toEqual(before);
            attempts += 1;
          }
        }
      }
    }
    expect(attempts).toBeGreaterThan(KEYS.length * 3 - 1);
    // The session is still the one main signed in; the smuggled fields changed nothing.
    const session = expectOk<{ staff: { id: string; role: string } }>(await t.call('staff.session', {}));
    expect(session.staff).toMatchObject({ id: (who === 'cashier' ? cashier : owner).id, role: who });
  });
});

describe('2. a cashier calling manager- or owner-only methods → forbidden, audited, nothing else written', () => {
  const FORBIDDEN_CALLS: [MethodKey, (ids: { owner: string; cashier: string }) => unknown][] = [
    ['staff.create', () => ({ displayName: 'Mallory', staffCode: 'mallory', role: 'owner', secretKind: 'pin', secret: '123456' })],
    ['staff.create', () => ({ displayName: 'Mallory', staffCode: 'mallory', role: 'cashier', secretKind: 'pin', secret: '1234' })],
    ['staff.list', () => ({})],
    ['settings.update', () => ({ idleLockMinutes: 15, backendUrl: 'https://evil.example.com' })],
    ['staff.setRole', (ids) => ({ targetStaffId: ids.cashier, role: 'owner' })],
    ['staff.setRole', (ids) => ({ targetStaffId: ids.owner, role: 'cashier' })],
  ];

  it.each(FORBIDDEN_CALLS.map(([key, make], i) => [`${key} #${i}`, key, make] as const))('%s', async (_label, key, make) => {
    await signInAs(t, cashier);
    const { seq, state } = await untouched();
    const { reply, rows } = await attempt(() => t.call(key, make({ owner: owner.id, cashier: cashier.id })));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await snapshot(seq)).toEqual(state);
    expect(rows).toEqual([expect.objectContaining({ kind: 'audit.accessDenied', refId: cashier.id })]);
  });

  it('a manager may not create an owner, nor change roles; the owner may not change their own', async () => {
    await signInAs(t, manager);
    let { seq, state } = await untouched();
    const inputs = [
      ['staff.create', { displayName: 'Boss', staffCode: 'boss', role: 'owner', secretKind: 'pin', secret: '123456' }],
      ['staff.setRole', { targetStaffId: manager.id, role: 'owner' }],
      ['staff.setRole', { targetStaffId: cashier.id, role: 'manager' }],
    ] as const;
    const written: number[] = [];
    for (const [key, input] of inputs) {
      const { reply, rows } = await attempt(() => t.call(key, input));
      expect(reply, key).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(rows.every((r) => r.kind === 'audit.accessDenied' && r.refId === manager.id)).toBe(true);
      written.push(rows.length);
    }
    // The second staff.setRole refusal in the same minute is counted, and written when the window closes.
    expect(written).toEqual([1, 1, 0]);
    const { rows: flushed } = await attempt(async () => {
      await t.app.useCases.denials.flush();
      return { ok: true, value: null };
    });
    expect(flushed).toEqual([expect.objectContaining({ kind: 'audit.accessDenied', refId: manager.id })]);
    expect(await snapshot(seq)).toEqual(state);
    await signInAs(t, owner);
    ({ seq, state } = await untouched());
    const { reply, rows } = await attempt(() => t.call('staff.setRole', { targetStaffId: owner.id, role: 'cashier' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(rows).toEqual([expect.objectContaining({ kind: 'audit.accessDenied', refId: owner.id })]);
    expect(await snapshot(seq)).toEqual(state);
  });
});

describe('3. no session → unauthenticated; a locked session → session_locked; each audited', () => {
  it.each(NON_PUBLIC)('%s signed out', async (key) => {
    const { seq, state } = await untouched();
    const { reply, rows } = await attempt(() => t.call(key, samples[key][0]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(rows).toEqual([expect.objectContaining({ kind: 'audit.accessDenied', refId: null })]);
    expect(await snapshot(seq)).toEqual(state);
  });

  it.each(NON_PUBLIC)('%s with the session locked (idle)', async (key) => {
    await signInAs(t, owner);
    t.clock.advance(15 * 60_000);
    const { seq, state } = await untouched();
    const { reply, rows } = await attempt(() => t.call(key, samples[key][0]));
    expect(reply).toMatchObject({ ok: false, error: { code: 'session_locked' } });
    expect(rows).toEqual([expect.objectContaining({ kind: 'audit.accessDenied', refId: owner.id })]);
    expect(await snapshot(seq)).toEqual(state);
    expect(t.received).toContainEqual({ name: 'session.locked', payload: { reason: 'idle' } });
  });
});

describe('4. manager approvals: one-shot, bound, 60 s, main-issued', () => {
  const REFUND = { action: 'sale.refund', subject: '{"saleId":"s-1","amountMinor":1999}' };

  async function grant(request = REFUND, approver: { staffCode: string; secret: string } = manager): Promise<Result<unknown>> {
    return t.call('approval.grant', { request, managerCode: approver.staffCode, managerSecret: approver.secret });
  }

  async function consume(id: string, action: string, subject: string, who: StaffSeed | null = cashier) {
    return attempt(() => consumeFor(who, id, action, subject));
  }

  beforeEach(async () => {
    await signInAs(t, cashier);
  });

  it('a granted approval is consumed once; the second use is refused; both audited', async () => {
    const granted = await attempt(() => grant());
    const { approvalId, expiresAtMs } = expectOk<{ approvalId: string; expiresAtMs: number }>(granted.reply);
    expect(expiresAtMs).toBe(t.clock.nowMs() + APPROVAL_TTL_MS);
    // An approver's check is no sign-in: the grant is its audit row.
    expect(granted.rows.map((r) => r.kind)).toEqual(['audit.approvalGranted']);
    expect(granted.rows[0]?.refId).toBe(manager.id);

    const first = await consume(approvalId, REFUND.action, REFUND.subject);
    expect(expectOk<Approval>(first.reply)).toMatchObject({ approverId: manager.id, requesterId: cashier.id });
    expect(first.rows).toEqual([expect.objectContaining({ kind: 'audit.approvalUsed', refId: cashier.id })]);

    const replay = await consume(approvalId, REFUND.action, REFUND.subject);
    expect(replay.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(replay.rows).toEqual([expect.objectContaining({ kind: 'audit.approvalRefused', refId: cashier.id })]);
  });

  it('a forged approval id (well-formed, never issued) is refused and audited', async () => {
    for (const forged of [newId(), '00000000-0000-0000-0000-000000000000', '', 'x'.repeat(64)]) {
      const { reply, rows } = await consume(forged, REFUND.action, REFUND.subject);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(rows).toEqual([expect.objectContaining({ kind: 'audit.approvalRefused' })]);
    }
  });

  it.each([
    ['another action', { action: 'sale.void' }],
    ['another subject', { subject: '{"saleId":"s-1","amountMinor":199900}' }],
    ['another requester', { requester: 'manager' }],
    ['no requester', { requester: 'nobody' }],
  ] as const)('bound to action + subject + requester: %s fails, and burns the grant', async (_label, change) => {
    const { approvalId } = expectOk<{ approvalId: string }>(await grant());
    const action = 'action' in change ? change.action : REFUND.action;
    const subject = 'subject' in change ? change.subject : REFUND.subject;
    const who = 'requester' in change ? (change.requester === 'manager' ? manager : null) : cashier;
    const wrong = await consume(approvalId, action, subject, who);
    expect(wrong.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(wrong.rows.map((r) => r.kind)).toEqual(['audit.approvalRefused']);
    const right = await consume(approvalId, REFUND.action, REFUND.subject);
    expect(right.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('expires after 60 s: valid at 59.999 s, refused at 60 s', async () => {
    const a = expectOk<{ approvalId: string }>(await grant());
    const b = expectOk<{ approvalId: string }>(await grant());
    expect(a.approvalId).not.toBe(b.approvalId);
    t.clock.advance(APPROVAL_TTL_MS - 1);
    expect((await consume(a.approvalId, REFUND.action, REFUND.subject)).reply.ok).toBe(true);
    t.clock.advance(1);
    const late = await consume(b.approvalId, REFUND.action, REFUND.subject);
    expect(late.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(late.rows.map((r) => r.kind)).toEqual(['audit.approvalRefused']);
  });

  it("a cashier's own secret cannot grant an approval (forbidden, audited, no grant issued)", async () => {
    const { reply, rows } = await attempt(() => grant(REFUND, cashier));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(rows.map((r) => r.kind)).toContain('audit.approvalRefused');
    expect(rows.map((r) => r.kind)).not.toContain('audit.approvalGranted');
  });

  it('a wrong manager secret is bad_credentials, audited as an approval check, and counts toward the manager lockout', async () => {
    const { reply, rows } = await attempt(() => grant(REFUND, { staffCode: MANAGER.staffCode, secret: '000000' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(rows).toEqual([expect.objectContaining({ kind: 'audit.approvalCheckFailed', refId: manager.id })]);
    expect((await t.findStaff(manager.id))?.failedAttempts).toBe(1);
  });

  it('approval.grant signed out or locked is refused before any secret is checked', async () => {
    expectOk(await t.call('staff.signOut', {}));
    const out = await attempt(() => grant());
    expect(out.reply).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(out.rows.map((r) => r.kind)).toEqual(['audit.accessDenied']);
    await signInAs(t, cashier);
    expectOk(await t.call('staff.lock', {}));
    const locked = await attempt(() => grant());
    expect(locked.reply).toMatchObject({ ok: false, error: { code: 'session_locked' } });
    expect(locked.rows.map((r) => r.kind)).toEqual(['audit.accessDenied']);
  });

  it('the approval id cannot be supplied by the renderer to approval.grant, nor the approver chosen by id', async () => {
    for (const extra of [{ approvalId: newId() }, { approverId: manager.id }, { requesterId: owner.id }, { expiresAtMs: 9e15 }]) {
      const { reply, rows } = await attempt(() =>
        t.call('approval.grant', { request: REFUND, managerCode: MANAGER.staffCode, managerSecret: MANAGER.secret, ...extra }),
      );
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(rows).toEqual([]);
    }
  });

  it('tally: 0 forged approvals succeeded, every attempt audited', async () => {
    const { approvalId } = expectOk<{ approvalId: string }>(await grant());
    const forgeries: (() => Promise<Result<unknown>>)[] = [
      () => consumeFor(cashier, newId(), REFUND.action, REFUND.subject),
      () => consumeFor(cashier, approvalId, 'sale.void', REFUND.subject),
      () => consumeFor(cashier, approvalId, REFUND.action, REFUND.subject),
      () => grant(REFUND, cashier),
      () => grant(REFUND, { staffCode: MANAGER.staffCode, secret: '999999' }),
    ];
    let succeeded = 0;
    let audited = 0;
    for (const forge of forgeries) {
      const { reply, rows } = await attempt(forge);
      if (reply.ok) succeeded += 1;
      if (rows.some((r) => r.kind.startsWith('audit.'))) audited += 1;
    }
    expect(succeeded).toBe(0);
    expect(audited).toBe(forgeries.length);
  });
});
