import { randomBytes } from 'node:crypto';
import { fixedKeys, openApp } from '../../../electron/main/app/open-data-dir';
import { EventHub } from '../../../electron/main/app/event-sink';
import { memorySettingsStore } from '../../../electron/main/core/settings/settings-store';
import { CardCrypto, cardKeysFromRoot } from '../../../electron/main/db/card-crypto';
import { insertCustomer } from '../../../electron/main/db/repositories/customer.repo';
import { chainState } from '../../../electron/main/db/repositories/state.repo';
import { insertWallet } from '../../../electron/main/db/repositories/wallet.repo';
import { createApp } from '../../../electron/main/ipc/handlers/create-app';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import { luhnCheckDigit } from '../../../shared/domain/luhn';
import { newWalletAddress } from '../../../shared/domain/wallet-address';
import type { Result } from '../../../shared/domain/result';
import type { CardLimitsValue } from '../../../shared/domain/cards';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { expectOk, OWNER, setupInput, signInAs } from '../../support/test-app';
import { FixedClock, tempDir } from '../../support/test-db';
import type { World } from './common';

/** A card's PIN in the reachers and the app tests. */
export const PIN = '1234';
export const WRONG_PIN = '9999';

export const NO_CARD_LIMITS: CardLimitsValue = {
  perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null,
  maxBalanceMinor: null, dailyTopUpMinor: null,
};

export type CardSetup = {
  /** The program's limits (default none). */
  readonly limits?: Partial<CardLimitsValue>;
  readonly expiryMonths?: number;
  /** Activate with PIN (default true). */
  readonly activate?: boolean;
  /** Cash top-up after activation (default 10,000). */
  readonly topUpMinor?: number;
};

export type SetUpCard = { readonly walletId: string; readonly programId: string; readonly cardId: string; readonly pan: string };

type Call = (key: string, input: unknown) => Promise<Result<unknown>>;

/** A wallet, a program and a card on it, through the real dispatch, as the owner (left signed in). */
export async function setUpCard(call: Call, walletId: string, setup: CardSetup = {}): Promise<SetUpCard> {
  const programId = newId();
  const cardId = newId();
  expectOk(await call('cards.createProgram', {
    programId, name: 'Gift card', bin: '62345678', panLength: 16, expiryMonths: setup.expiryMonths ?? 36, currency: 'CNY',
    limits: { ...NO_CARD_LIMITS, ...setup.limits },
  }));
  const issued = expectOk<{ pan: string }>(await call('cards.issue', { cardId, walletId, programId }));
  if (setup.activate ?? true) {
    expectOk(await call('cards.activate', { cardId, pin: PIN }));
    const topUp = setup.topUpMinor ?? 10_000;
    if (topUp > 0) expectOk(await call('cards.topUp', { operationId: newId(), cardId, amountMinor: topUp, tender: { kind: 'cash' } }));
  }
  return { walletId, programId, cardId, pan: issued.pan };
}

/** The same, in a reacher's world: the owner signed in, a fresh customer and wallet. */
export async function cardIn(w: World, setup: CardSetup = {}): Promise<SetUpCard> {
  await signInAs(w.t, w.owner);
  const { walletId } = await seedCustomerAndWallet(w.t);
  return setUpCard((key, input) => w.t.call(key, input), walletId, setup);
}

/** Moves the clock past a 1-month card's expiry (and signs the owner in again: the idle lock has run). */
export async function pastExpiry(w: World): Promise<void> {
  w.t.clock.advance(70 * 86_400_000);
  await signInAs(w.t, w.owner);
}

/**
 * Calls `key` with a fresh app whose data keys are known, after filling a 13-digit program's
 * whole number space (10^4 numbers) with cards written straight into the table under the app's
 * own PAN index key: every number drawn collides, so issuance ends in `pan_collision_limit`.
 * Nothing else can reach it: a real program has at least 10^4 numbers, and filling them through
 * the use cases would take minutes.
 */
export async function withFullProgram(act: (call: Call, ids: { walletId: string; programId: string; cardId: string }) => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const { dir, cleanup } = tempDir('tillbook-cards-full-');
  const keys = { root: randomBytes(32), db: randomBytes(32) };
  const opened = await openApp({
    dir, keySource: fixedKeys(keys), settings: memorySettingsStore(), events: new EventHub(), clock: new FixedClock(),
    appVersion: '0.0.0-test', log: { error: () => undefined }, secretHashCost: { N: 1024 },
    build: async (deps) => ({ app: await createApp(deps), dataDir: deps.dataDir }),
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const { app, dataDir } = opened.value;
  const call: Call = (key, input) => app.dispatch(key, input, 'ipc');
  try {
    expectOk(await call('setup.complete', setupInput()));
    expectOk(await call('staff.signIn', { staffCode: OWNER.staffCode, secret: OWNER.secret }));
    const walletId = newId();
    await dataDir.db.tx.write(async (tx) => {
      const customerId = newId();
      await insertCustomer(tx, { id: customerId, displayName: 'Li Lei', phone: null, email: null, note: null, searchKey: 'li lei', createdAtMs: 0 });
      await chainState(tx, dataDir.mac, 'customer.state', customerId, 0);
      await insertWallet(tx, { id: walletId, customerId, address: newWalletAddress((n) => randomBytes(n)), createdAtMs: 0 });
      await chainState(tx, dataDir.mac, 'wallet.state', walletId, 0);
    });
    const programId = newId();
    expectOk(await call('cards.createProgram', {
      programId, name: 'Tiny', bin: '62345678', panLength: 13, expiryMonths: 12, currency: 'CNY', limits: NO_CARD_LIMITS,
    }));
    const cardId = newId();
    expectOk(await call('cards.issue', { cardId, walletId, programId }));
    const crypto = new CardCrypto(cardKeysFromRoot(keys.root));
    await dataDir.db.tx.write(async (tx) => {
      for (let n = 0; n < 10_000; n += 1) {
        const payload = `62345678${String(n).padStart(4, '0')}`;
        const pan = payload + String(luhnCheckDigit(payload));
        await tx.run(
          `INSERT OR IGNORE INTO card (id, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state, limits, created_at_ms)
           VALUES (?, ?, ?, ?, ?, 1, '62345678', ?, 12, 2030, 'pending_activation', '{}', 0)`,
          [uuidToBytes(newId()), uuidToBytes(programId), uuidToBytes(walletId), new Uint8Array(41), crypto.panHmac(pan), pan.slice(-4)],
        );
      }
    });
    return await act(call, { walletId, programId, cardId });
  } finally {
    await app.close();
    cleanup();
  }
}
