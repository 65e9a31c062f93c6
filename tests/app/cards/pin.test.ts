import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { cardPinUnblockApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import { authorize, byId, cardTestApp, code, PIN, WRONG_PIN, type CardTestApp } from './card-fixture';

let app: CardTestApp;
beforeAll(async () => {
  app = await cardTestApp();
});
afterAll(async () => app.t.close());

type View = { pinBlocked: boolean; pinTriesLeft: number; pinSet: boolean; state: string };
const view = async (cardId: string) => (await app.ok<{ card: View }>('cards.balance', { card: byId(cardId) })).card;

describe('card PIN', () => {
  it('activation sets it (4–6 digits only), and only once', async () => {
    const { cardId } = await app.card({ activate: false });
    expect(await view(cardId)).toMatchObject({ pinSet: false, state: 'pending_activation' });
    for (const pin of ['123', '1234567', '12a4', '']) expect(code(await app.call('cards.activate', { cardId, pin }))).toBe('invalid_input');
    expect(await app.ok('cards.activate', { cardId, pin: '123456' })).toMatchObject({ pinSet: true, state: 'active', pinTriesLeft: 3 });
    expect(code(await app.call('cards.activate', { cardId, pin: '123456' }))).toBe('illegal_transition');
  });

  it('three consecutive wrong PINs block it (the third answers pin_blocked), whatever call they came through', async () => {
    const { cardId, walletId } = await app.card();
    expect(code(await authorize(app, cardId, 100, { pin: WRONG_PIN }))).toBe('wrong_pin');
    expect(await view(cardId)).toMatchObject({ pinTriesLeft: 2, pinBlocked: false });
    expect(code(await app.call('cards.balance', { card: byId(cardId), pin: WRONG_PIN }))).toBe('wrong_pin');
    expect(code(await app.call('cards.changePin', { cardId, oldPin: WRONG_PIN, newPin: '5555' }))).toBe('pin_blocked');
    expect(await view(cardId)).toMatchObject({ pinTriesLeft: 0, pinBlocked: true });
    // Blocked: even the right PIN is refused, before any hashing, and nothing more is counted.
    const before = await app.t.mark();
    expect(code(await authorize(app, cardId, 100))).toBe('pin_blocked');
    expect(code(await app.call('cards.transferToWallet', { operationId: '01890000-0000-7000-8000-0000000000d1', cardId, pin: PIN, toWalletId: walletId, amountMinor: 1 })))
      .toBe('pin_blocked');
    expect(await app.t.mark()).toEqual(before);
  });

  it('a right PIN resets the count: wrong, wrong, right, wrong, wrong is not blocked', async () => {
    const { cardId } = await app.card();
    for (const pin of [WRONG_PIN, WRONG_PIN, PIN, WRONG_PIN, WRONG_PIN]) await app.call('cards.balance', { card: byId(cardId), pin });
    expect(await view(cardId)).toMatchObject({ pinTriesLeft: 1, pinBlocked: false });
    expect((await authorize(app, cardId, 100)).ok).toBe(true);
    expect(await view(cardId)).toMatchObject({ pinTriesLeft: 3 });
  });

  it('a manager unblocks it under a second manager’s approval; the holder keeps the PIN; audited', async () => {
    const { cardId } = await app.card();
    for (let i = 0; i < 3; i += 1) await authorize(app, cardId, 100, { pin: WRONG_PIN });
    // Without a valid approval: forbidden, still blocked. A cashier cannot call it at all.
    expect(code(await app.call('cards.unblockPin', { cardId, approvalId: '01890000-0000-7000-8000-000000000000' }))).toBe('forbidden');
    expect(await view(cardId)).toMatchObject({ pinBlocked: true });
    const approvalId = await app.approval(cardPinUnblockApproval(cardId));
    expect(await app.ok('cards.unblockPin', { cardId, approvalId })).toMatchObject({ pinBlocked: false, pinTriesLeft: 3 });
    // The approval was for one use.
    expect(code(await app.call('cards.unblockPin', { cardId, approvalId }))).toBe('pin_not_blocked');
    expect((await authorize(app, cardId, 100)).ok).toBe(true);
    const audits = await app.t.db.tx.read((tx) => tx.all(
      "SELECT j.kind, a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE j.kind LIKE 'audit.cardPin%' ORDER BY a.seq"));
    const mine = audits.filter((row) => String(row['detail']).includes(cardId));
    expect(mine.map((row) => row['kind'])).toEqual(['audit.cardPinFailed', 'audit.cardPinFailed', 'audit.cardPinFailed', 'audit.cardPinUnblocked']);
    expect(JSON.parse(String(mine[2]?.['detail']))).toEqual({ cardId, failures: 3, blocked: true });
  });

  it('changing it needs the old one; the new one works and the old one no longer does', async () => {
    const { cardId } = await app.card();
    expect(await app.ok('cards.changePin', { cardId, oldPin: PIN, newPin: '975310' })).toMatchObject({ pinTriesLeft: 3 });
    expect(code(await authorize(app, cardId, 100))).toBe('wrong_pin');
    expect((await authorize(app, cardId, 100, { pin: '975310' })).ok).toBe(true);
  });

  it('no PIN in any row, record, audit detail, event or log, in clear', async () => {
    const { cardId } = await app.card();
    await app.call('cards.changePin', { cardId, oldPin: PIN, newPin: '864213' });
    await app.call('cards.balance', { card: byId(cardId), pin: '777111' });
    const tables = await app.t.db.tx.read((tx) => tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    for (const table of tables) {
      const rows = await app.t.db.tx.read((tx) => tx.all(`SELECT * FROM "${String(table['name'])}"`));
      const text = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
      for (const pin of ['864213', '777111']) expect(text.includes(pin), `${String(table['name'])} holds a PIN`).toBe(false);
    }
    const records = await app.t.db.tx.read((tx) => recordsOf(tx, cardId));
    expect(JSON.stringify(records)).not.toMatch(/864213|777111|"pin"/);
    expect(JSON.stringify(app.t.received)).not.toMatch(/864213|777111/);
    expect(app.t.errors).toEqual([]);
  });
});
