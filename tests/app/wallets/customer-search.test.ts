import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/ipc/contract';
import { expectOk } from '../../support/test-app';
import { newCustomer, walletWorld, type WalletWorld } from './wallet-fixture';

/** customers.search and customers.list: folded matching and keyset paging (issue 8 §1). */
type Page = Output<'customers.search'>;
let w: WalletWorld;
const names = async (key: 'customers.search' | 'customers.list', input: Record<string, unknown>): Promise<string[]> =>
  expectOk<Page>(await w.t.call(key, input)).items.map((c) => c.displayName);

beforeAll(async () => {
  w = await walletWorld();
  // Oldest first; the clock moves so that "newest first" is visible.
  const people: [string, Record<string, unknown>][] = [
    ['abc Trading', {}],
    ['王芳', { phone: '+86 138 0013 8000' }],
    ['Straße Müller', { email: 'Mueller@Example.DE' }],
    ['ＡＢＣ　Ｃｏｍｐａｎｙ', {}],
    ['李雷', { email: 'li.lei@example.cn', phone: '010-6552 9988' }],
  ];
  for (const [name, extra] of people) {
    await newCustomer(w.t, name, extra);
    w.t.clock.advance(1_000);
  }
});
afterAll(async () => w.t.close());

describe('customers.search', () => {
  it('is case- and width-insensitive both ways: ＡＢＣ finds abc, abc finds ＡＢＣ', async () => {
    expect(await names('customers.search', { query: 'ＡＢＣ' })).toEqual(['ＡＢＣ　Ｃｏｍｐａｎｙ', 'abc Trading']);
    expect(await names('customers.search', { query: 'abc' })).toEqual(['ＡＢＣ　Ｃｏｍｐａｎｙ', 'abc Trading']);
    expect(await names('customers.search', { query: 'ABC COMPANY' })).toEqual(['ＡＢＣ　Ｃｏｍｐａｎｙ']);
    expect(await names('customers.search', { query: 'STRASSE' })).toEqual(['Straße Müller']);
  });

  it('finds Chinese names by any part of them', async () => {
    expect(await names('customers.search', { query: '王' })).toEqual(['王芳']);
    expect(await names('customers.search', { query: '李雷' })).toEqual(['李雷']);
    expect(await names('customers.search', { query: '张' })).toEqual([]);
  });

  it('finds by phone (as digits, however grouped) and by email (folded)', async () => {
    expect(await names('customers.search', { query: '138 0013' })).toEqual(['王芳']);
    expect(await names('customers.search', { query: '+8613800138000' })).toEqual(['王芳']);
    expect(await names('customers.search', { query: '6552-9988' })).toEqual(['李雷']);
    expect(await names('customers.search', { query: 'MUELLER@example' })).toEqual(['Straße Müller']);
    expect(await names('customers.search', { query: 'example' })).toEqual(['李雷', 'Straße Müller']);
  });

  it('pages newest first with a keyset cursor; the limit is bounded', async () => {
    // "c": two names and one email (li.lei@example.cn).
    const first = expectOk<Page>(await w.t.call('customers.search', { query: 'c', limit: 1 }));
    expect(first.items.map((c) => c.displayName)).toEqual(['李雷']);
    expect(first.nextCursor).not.toBeNull();
    const second = expectOk<Page>(await w.t.call('customers.search', { query: 'c', limit: 1, cursor: first.nextCursor }));
    expect(second.items.map((c) => c.displayName)).toEqual(['ＡＢＣ　Ｃｏｍｐａｎｙ']);
    const rest = expectOk<Page>(await w.t.call('customers.search', { query: 'c', limit: 5, cursor: second.nextCursor }));
    expect(rest.items.map((c) => c.displayName)).toEqual(['abc Trading']);
    expect(rest.nextCursor).toBeNull();
    for (const limit of [0, 101]) {
      expect(await w.t.call('customers.search', { query: 'a', limit })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await w.t.call('customers.search', { query: 'a\u0007' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('customers.list', () => {
  it('lists every customer newest first, page by page, with wallets and contact details for staff', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = expectOk<Page>(await w.t.call('customers.list', { limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      all.push(...page.items.map((c) => c.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toEqual(['李雷', 'ＡＢＣ　Ｃｏｍｐａｎｙ', 'Straße Müller', '王芳', 'abc Trading']);
    const newest = expectOk<Page>(await w.t.call('customers.list', {})).items[0];
    expect(newest).toMatchObject({ displayName: '李雷', phone: '01065529988', email: 'li.lei@example.cn', wallet: { id: expect.any(String) } });
  });

  it('a customer added meanwhile does not shift the pages already cursored', async () => {
    const first = expectOk<Page>(await w.t.call('customers.list', { limit: 2 }));
    await newCustomer(w.t, 'Late Comer');
    const next = expectOk<Page>(await w.t.call('customers.list', { limit: 2, cursor: first.nextCursor }));
    expect(next.items.map((c) => c.displayName)).toEqual(['Straße Müller', '王芳']);
  });
});
