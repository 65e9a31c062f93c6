import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardCrypto, cardKeysFromRoot } from '../../../electron/main/db/card-crypto';
import { newId } from '../../../shared/domain/ids';
import { isLuhnValid } from '../../../shared/domain/luhn';
import { cardRevealApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { callerOf, cardsWith, cardTestApp, code, NO_CARD_LIMITS, type CardTestApp } from './card-fixture';

type Issued = { card: { id: string; last4: string; maskedPan: string; state: string }; pan: string; expMonth: number; expYear: number; securityCode: string };

let app: CardTestApp;
let walletId: string;
let programId: string;
beforeAll(async () => {
  app = await cardTestApp();
  walletId = (await seedCustomerAndWallet(app.t)).walletId;
  programId = newId();
  await app.ok('cards.createProgram', { programId, name: 'Gift', bin: '62345678', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: NO_CARD_LIMITS });
});
afterAll(async () => app.t.close());

const hex = (text: string) => Buffer.from(text, 'ascii').toString('hex');

describe('cards.createProgram', () => {
  it('is idempotent by id: the same program again is answered unchanged, another one under the id is a conflict', async () => {
    const input = { programId: newId(), name: 'Staff card', bin: '623456', panLength: 19, expiryMonths: 12, currency: 'USD', limits: { ...NO_CARD_LIMITS, dailyCount: 3 } };
    const first = await app.ok('cards.createProgram', input);
    expect(await app.ok('cards.createProgram', input)).toEqual(first);
    expect(code(await app.call('cards.createProgram', { ...input, limits: { ...input.limits, dailyCount: 4 } }))).toBe('id_exists_with_different_content');
    expect(await app.ok<unknown[]>('cards.listPrograms', {})).toContainEqual(first);
  });
});

describe('cards.issue', () => {
  it('shows the number, expiry and security code once; everything else is masked; the number is stored only encrypted', async () => {
    const cardId = newId();
    const issued = await app.ok<Issued>('cards.issue', { cardId, walletId, programId });
    expect(issued.pan).toMatch(/^62345678[0-9]{8}$/);
    expect(isLuhnValid(issued.pan)).toBe(true);
    expect(issued.securityCode).toMatch(/^[0-9]{3}$/);
    expect({ month: issued.expMonth, year: issued.expYear }).toEqual({ month: 1, year: 2029 });
    expect(issued.card).toMatchObject({ id: cardId, last4: issued.pan.slice(-4), maskedPan: `•••• •••• •••• ${issued.pan.slice(-4)}`, state: 'pending_activation' });
    // A repeat does not show the number again.
    const again = await app.call('cards.issue', { cardId, walletId, programId });
    expect(code(again)).toBe('card_already_issued');
    expect(JSON.stringify(again)).not.toContain(issued.pan);
    // Masked wherever else the card appears.
    for (const reply of [
      await app.call('cards.list', { walletId }), await app.call('cards.balance', { card: { by: 'id', cardId } }),
      await app.call('cards.lookup', { query: { by: 'pan', pan: issued.pan } }),
    ]) {
      expect(reply.ok).toBe(true);
      expect(JSON.stringify(reply)).not.toContain(issued.pan);
      expect(JSON.stringify(reply)).not.toContain(issued.pan.slice(0, 12));
    }
    // Nowhere in the database in clear (text or hex): every column of every table.
    const tables = await app.t.db.tx.read((tx) => tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    for (const table of tables) {
      const rows = await app.t.db.tx.read((tx) => tx.all(`SELECT * FROM "${String(table['name'])}"`));
      const text = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
      expect(text.includes(issued.pan) || text.includes(hex(issued.pan)), String(table['name'])).toBe(false);
      expect(text.includes(`"${issued.securityCode}"`), `${String(table['name'])}: security code`).toBe(false);
    }
    // A manager's reveal decrypts the stored ciphertext back to the same number.
    const approvalId = await app.approval(cardRevealApproval(cardId));
    expect(await app.ok('cards.reveal', { cardId, approvalId })).toMatchObject({ pan: issued.pan, expMonth: issued.expMonth, expYear: issued.expYear });
  });

  it('the derived security code verifies, and any changed digit fails', async () => {
    const root = new Uint8Array(32).fill(7);
    const cards = cardsWith(app, { root });
    const issued = await cards.issue({ cardId: newId(), walletId, programId }, callerOf(app));
    if (!issued.ok) throw new Error(issued.error.code);
    const { pan, expMonth, expYear, securityCode } = issued.value;
    const crypto = new CardCrypto(cardKeysFromRoot(root));
    const expiry = { month: expMonth, year: expYear };
    expect(crypto.verifySecurityCode(pan, expiry, securityCode)).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      for (let d = 1; d <= 9; d += 1) {
        const changed = securityCode.slice(0, i) + String((Number(securityCode[i]) + d) % 10) + securityCode.slice(i + 1);
        expect(crypto.verifySecurityCode(pan, expiry, changed)).toBe(false);
      }
    }
    expect(crypto.verifySecurityCode(pan, { month: expMonth === 12 ? 1 : expMonth + 1, year: expYear }, securityCode)).toBe(false);
  });

  it('PANs stay unique under forced collisions: a drawn number already issued is drawn again; a full run of collisions is pan_collision_limit', async () => {
    const zeros = (n: number) => new Uint8Array(n);
    let collideFor = 0;
    // Zeros until `collideFor` draws have been made, then a different digit: the first draws repeat the first card's number.
    let draws = 0;
    const scripted = (n: number) => {
      draws += 1;
      return draws <= collideFor ? zeros(n) : new Uint8Array(n).fill(1);
    };
    const cards = cardsWith(app, { root: new Uint8Array(32).fill(9), random: scripted });
    const issue = () => cards.issue({ cardId: newId(), walletId, programId }, callerOf(app));
    collideFor = 1;
    const first = await issue();
    expect(first.ok && first.value.pan.slice(8, 15)).toBe('0000000');
    // Three draws collide with the first card, the fourth is new.
    draws = 0;
    collideFor = 3;
    const second = await issue();
    expect(second.ok && second.value.pan.slice(8, 15)).toBe('1111111');
    // Every draw collides: bounded retries, then a typed refusal, nothing written.
    draws = 0;
    collideFor = Number.MAX_SAFE_INTEGER;
    const before = await app.t.mark();
    const third = await issue();
    expect(code(third)).toBe('pan_collision_limit');
    expect(draws).toBe(16);
    expect((await app.t.mark()).headSeq).toBe(before.headSeq);
    expect((await app.t.app.useCases.verifyLedger()).ok).toBe(true);
  });
});
