import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardRevealApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import { CASHIER } from '../../ipc/samples';
import { signInAs } from '../../support/test-app';
import { newId } from '../../../shared/domain/ids';
import { cardTestApp, code, NO_CARD_LIMITS, type CardTestApp } from './card-fixture';

let app: CardTestApp;
let cardId: string;
let pan: string;
beforeAll(async () => {
  app = await cardTestApp();
  ({ cardId, pan } = await app.card());
  await app.card(); // another card, another holder of the same name: lookups must not mix them up
});
afterAll(async () => app.t.close());

type Found = { cards: { id: string; last4: string; holderName: string; maskedPan: string }[] };
const lookup = (query: Record<string, unknown>) => app.call<Found>('cards.lookup', { query });
const ids = async (query: Record<string, unknown>) => {
  const reply = await lookup(query);
  if (!reply.ok) return reply.error.code;
  expect(JSON.stringify(reply.value)).not.toContain(pan);
  return reply.value.cards.map((c) => c.id);
};

describe('cards.lookup', () => {
  it('by a typed number, through the keyed index', async () => {
    expect(await ids({ by: 'pan', pan })).toEqual([cardId]);
    expect(await ids({ by: 'pan', pan: pan.replace(/(.{4})/g, '$1-').slice(0, -1) })).toEqual([cardId]);
    expect(await ids({ by: 'pan', pan: '4111111111111111' })).toEqual([]);
    const wrongDigit = pan.slice(0, -1) + String((Number(pan.slice(-1)) + 1) % 10);
    expect(await ids({ by: 'pan', pan: wrongDigit })).toBe('invalid_pan');
  });

  it.each([
    ['track 1', (p: string) => `%B${p}^WANG/FANG^2901101000000000?`],
    ['track 2', (p: string) => `;${p}=29011010000000000000?`],
    ['tracks 1 and 2 with Enter', (p: string) => `%B${p}^WANG/FANG^2901101?;${p}=2901101?\r\n`],
    ['a digit burst', (p: string) => `${p}\r`],
  ])('by a keyboard-wedge scan: %s', async (_label, scan) => {
    expect(await ids({ by: 'scan', scannedPan: scan(pan) })).toEqual([cardId]);
  });

  it('a scan with no readable number is invalid_pan, and the answer never repeats it', async () => {
    const reply = await lookup({ by: 'scan', scannedPan: `%B${pan.slice(0, -1)}X^WANG^2901?` });
    expect(code(reply)).toBe('invalid_pan');
    expect(JSON.stringify(reply)).not.toContain(pan.slice(0, 12));
  });

  it('by last 4 and part of the holder’s name, case- and width-insensitive', async () => {
    const last4 = pan.slice(-4);
    expect(await ids({ by: 'last4', last4, name: 'wang' })).toContain(cardId);
    expect(await ids({ by: 'last4', last4, name: 'ＷＡＮＧ ｆａｎｇ' })).toContain(cardId);
    expect(await ids({ by: 'last4', last4, name: 'Li' })).toEqual([]);
    const found = await lookup({ by: 'last4', last4, name: 'Fang' });
    expect(found.ok && found.value.cards.every((c) => c.last4 === last4 && c.holderName === 'Wang Fang')).toBe(true);
  });
});

describe('cards.lookup through a customer made by customers.create', () => {
  it('matches the holder’s name, folded (Chinese as typed, full width), and not their email or phone', async () => {
    const customer = await app.ok<{ wallet: { id: string } }>('customers.create', {
      id: newId(), displayName: '张伟 Ｚｈａｎｇ', phone: '+86 138 0013 8000', email: 'shopper@example.com',
    });
    const programId = newId();
    await app.ok('cards.createProgram', { programId, name: 'P', bin: '62345678', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: NO_CARD_LIMITS });
    const issued = await app.ok<{ card: { id: string }; pan: string }>('cards.issue', { cardId: newId(), walletId: customer.wallet.id, programId });
    const last4 = issued.pan.slice(-4);
    expect(await ids({ by: 'last4', last4, name: '张伟' })).toEqual([issued.card.id]);
    expect(await ids({ by: 'last4', last4, name: 'zhang' })).toEqual([issued.card.id]);
    expect(await ids({ by: 'last4', last4, name: 'shopper' })).toEqual([]);
    expect(await ids({ by: 'last4', last4, name: '13800138000' })).toEqual([]);
  });
});

describe('cards.reveal', () => {
  it('shows the full number to a manager under a second manager’s approval, audited without the number', async () => {
    const approvalId = await app.approval(cardRevealApproval(cardId));
    const revealed = await app.ok<{ pan: string; card: { id: string } }>('cards.reveal', { cardId, approvalId });
    expect(revealed).toMatchObject({ pan, card: { id: cardId } });
    expect(JSON.stringify(revealed)).not.toMatch(/securityCode/);
    const rows = await app.t.db.tx.read((tx) => tx.all(
      "SELECT j.actor_id, a.detail FROM audit a JOIN journal j ON j.seq = a.seq WHERE j.kind = 'audit.cardRevealed'"));
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]?.['detail']))).toEqual({ cardId, last4: pan.slice(-4), approvalId, approverId: app.manager.id });
    expect(String(rows[0]?.['detail'])).not.toContain(pan.slice(0, 8) + pan.slice(8, 12));
    // Used once.
    expect(code(await app.call('cards.reveal', { cardId, approvalId }))).toBe('forbidden');
  });

  it('an approval for another card, or none, is refused; a cashier may not ask at all', async () => {
    const other = (await app.card()).cardId;
    const approvalId = await app.approval(cardRevealApproval(other));
    expect(code(await app.call('cards.reveal', { cardId, approvalId }))).toBe('forbidden');
    await app.ok('staff.create', { displayName: 'Cash', ...CASHIER, role: 'cashier', secretKind: 'pin' });
    await signInAs(app.t, CASHIER);
    expect(code(await app.call('cards.reveal', { cardId, approvalId }))).toBe('forbidden');
    await signInAs(app.t, app.owner);
  });
});
