import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardRevealApproval } from '../../../shared/ipc/contract/cards-lifecycle';
import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import { expectOk } from '../../support/test-app';
import { cardTestApp, cash, PIN, type CardTestApp } from './card-fixture';

/**
 * The PAN scan (issue 8 §6): issue many cards, pay with them, export statements, then look for
 * any issued PAN everywhere it must not be: every column of every table of the decrypted
 * database, the raw files of the data directory (database, WAL, key file, anchor), everything
 * logged, every push event, and every contract response except the issuance and the audited
 * reveal. A PAN is found as any 13–19-digit window of a digit run, so one glued to other digits
 * counts too.
 */
const CARDS = Number(process.env['PAN_SCAN_CARDS'] ?? 1000);
const SHOWS_PAN = new Set(['cards.issue', 'cards.replace', 'cards.reveal']);

let app: CardTestApp;
const pans = new Set<string>();
const responses: { key: string; json: string }[] = [];

/** Every issued PAN inside `text`, as any 13–19-digit window of its digit runs. */
function pansIn(text: string): string[] {
  const found: string[] = [];
  for (const run of text.match(/[0-9]{13,}/g) ?? []) {
    for (let length = 13; length <= 19; length += 1) {
      for (let at = 0; at + length <= run.length; at += 1) {
        const candidate = run.slice(at, at + length);
        if (pans.has(candidate)) found.push(candidate);
      }
    }
  }
  return found;
}

async function call<T>(key: string, input: unknown): Promise<T> {
  const reply = (await app.t.call(key, input)) as Result<T>;
  responses.push({ key, json: JSON.stringify(reply) });
  return expectOk<T>(reply);
}

beforeAll(async () => {
  app = await cardTestApp();
  const programId = newId();
  await call('cards.createProgram', {
    programId, name: 'Scan', bin: '62800123', panLength: 16, expiryMonths: 36, currency: 'CNY',
    limits: { perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null, maxBalanceMinor: null, dailyTopUpMinor: null },
  });
  const customer = await call<{ wallet: { id: string } }>('customers.create', { id: newId(), displayName: 'Scan Customer' });
  const cards: { cardId: string; pan: string }[] = [];
  for (let i = 0; i < CARDS; i += 1) {
    const cardId = newId();
    const issued = await call<{ pan: string }>('cards.issue', { cardId, walletId: customer.wallet.id, programId });
    pans.add(issued.pan);
    cards.push({ cardId, pan: issued.pan });
    await call('cards.activate', { cardId, pin: PIN });
    await call('cards.topUp', { operationId: newId(), cardId, amountMinor: 10_000, tender: cash });
    // Paid by the number typed at the till: the request carries it, no response may.
    const hold = await call<{ authorizationId: string }>('cards.authorize', {
      operationId: newId(), card: { by: 'pan', pan: issued.pan }, pin: PIN, amountMinor: 1234,
    });
    await call('cards.capture', { operationId: newId(), authorizationId: hold.authorizationId, amountMinor: 1000 });
    if (i % 50 === 0) {
      await call('cards.lookup', { query: { by: 'pan', pan: issued.pan } });
      await call('cards.lookup', { query: { by: 'scan', scannedPan: `;${issued.pan}=30121010000000000000?` } });
      await call('cards.balance', { card: { by: 'pan', pan: issued.pan } });
      // A wrong PIN is refused: the refusal must not carry the number either.
      const wrong = await app.t.call('cards.authorize', { operationId: newId(), card: { by: 'pan', pan: issued.pan }, pin: '000000', amountMinor: 1 });
      responses.push({ key: 'cards.authorize', json: JSON.stringify(wrong) });
    }
  }
  // Statements of every card, every page: the export a CSV is made from.
  for (const { cardId } of cards) {
    let beforeKey: number | undefined;
    do {
      const page: { nextBeforeKey: number | null } = await call('cards.statement', { cardId, limit: 2, ...(beforeKey ? { beforeKey } : {}) });
      beforeKey = page.nextBeforeKey ?? undefined;
    } while (beforeKey !== undefined);
  }
  await call('cards.list', { walletId: customer.wallet.id });
  await call('customers.get', { customerId: (await call<{ items: { id: string }[] }>('customers.list', { limit: 10 })).items[0]?.id });
  const first = cards[0];
  if (!first) throw new Error('no card');
  await call('cards.reveal', { cardId: first.cardId, approvalId: await app.approval(cardRevealApproval(first.cardId)) });
  await call('ledger.verify', {});
}, 600_000);
afterAll(async () => app.t.close());

describe(`PAN scan over ${CARDS} cards`, () => {
  it('issued every card with a distinct Luhn-valid PAN', () => {
    expect(pans.size).toBe(CARDS);
  });

  it('no contract response but the issuance and the reveal carries a PAN', () => {
    const leaks = responses.filter((r) => !SHOWS_PAN.has(r.key) && pansIn(r.json).length > 0).map((r) => r.key);
    expect(leaks).toEqual([]);
    // The scan does see PANs where they belong (so an empty result above means something).
    expect(responses.filter((r) => r.key === 'cards.issue' && pansIn(r.json).length === 1)).toHaveLength(CARDS);
    expect(pansIn(responses.find((r) => r.key === 'cards.reveal')?.json ?? '')).toHaveLength(1);
  });

  it('no column of any table holds a PAN, in text or in bytes', async () => {
    const tables = await app.t.db.tx.read((tx) => tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    const hits: string[] = [];
    let values = 0;
    for (const { name } of tables) {
      const rows = await app.t.db.tx.read((tx) => tx.all(`SELECT * FROM "${String(name)}"`));
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          values += 1;
          const text = value instanceof Uint8Array ? `${Buffer.from(value).toString('latin1')} ${Buffer.from(value).toString('hex')}` : String(value);
          if (pansIn(text).length > 0) hits.push(`${String(name)}.${column}`);
        }
      }
    }
    expect(values).toBeGreaterThan(CARDS * 20);
    expect([...new Set(hits)]).toEqual([]);
  });

  it('no raw file of the data directory (database, WAL, keys, anchor) holds a PAN', () => {
    const files = readdirSync(app.t.dir).map((f) => join(app.t.dir, f)).filter((f) => statSync(f).isFile());
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    const hits = files.filter((f) => pansIn(readFileSync(f).toString('latin1')).length > 0);
    expect(hits).toEqual([]);
  });

  it('nothing logged and no push event holds a PAN', () => {
    expect(pansIn(JSON.stringify(app.t.errors))).toEqual([]);
    expect(app.t.received.length).toBeGreaterThan(0);
    expect(pansIn(JSON.stringify(app.t.received))).toEqual([]);
  });
});
