import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../shared/domain/errors';
import type { Result } from '../../shared/domain/result';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { declaredErrors } from '../../shared/ipc/method';
import type { LiveApp } from '../../electron/main/ipc/handlers/recoverable-app';
import { ROLLED_BACK_MANAGER, rolledBackDir, type RolledBack } from '../support/rolled-back';
import { createTestApp, expectOk, OWNER, setupWithStaff, signInAs, type StaffSeed } from '../support/test-app';
import { cardReach } from './reach/cards';
import { catalogReach } from './reach/catalog';
import { displayReach } from './reach/display';
import { receiptReach } from './reach/receipts';
import { salesReach } from './reach/sales';
import { ROLE_GATED, PUBLIC, SIGNED_IN, signOut, untilLocked, untilRateLimited, type Reach, type Reachers, type World } from './reach/common';
import { settingsUpdateReach } from './reach/settings';
import { shiftReach } from './reach/shifts';
import { voucherReach } from './reach/vouchers';
import { walletReach } from './reach/wallets';
import { CASHIER, MANAGER, NOBODY_ID, validInputs } from './samples';

/**
 * Declared error codes (issue 6 §2): every code a method declares (`declaredErrors`: dispatch's,
 * from its access, and its handler's `errors`) is reached here at least once, through the real
 * dispatch of a real app. tests/ipc/fuzz.test.ts fails on any code a method does not declare.
 */
const KEYS = Object.keys(contract) as MethodKey[];


const wrongSecret = { staffCode: CASHIER.staffCode, secret: '000000' };
const grantWith = (w: World, managerCode: string, managerSecret: string) =>
  w.t.call('approval.grant', { request: { action: 'sale.refund', subject: '{"saleId":"s-1"}' }, managerCode, managerSecret });
const lockedCashier = async (w: World) => {
  await signInAs(w.t, w.cashier);
  expectOk(await w.t.call('staff.lock', {}));
};

const REACH: Reachers = {
  'system.status': PUBLIC,
  'setup.complete': {
    ...PUBLIC,
    setup_already_done: (w) => w.t.call('setup.complete', w.samples['setup.complete'][0]),
  },
  'setup.loadDemo': {
    ...PUBLIC,
    setup_already_done: (w) => w.t.call('setup.loadDemo', { locale: 'en' }),
  },
  'staff.signIn': {
    ...PUBLIC,
    bad_credentials: (w) => w.t.call('staff.signIn', wrongSecret),
    rate_limited: (w) => untilRateLimited(() => w.t.call('staff.signIn', { staffCode: 'nobody', secret: '000000' })),
  },
  'staff.unlock': {
    ...PUBLIC,
    unauthenticated: async (w) => {
      await signInAs(w.t, w.cashier); // signed in but not locked: nothing to unlock
      return w.t.call('staff.unlock', { secret: CASHIER.secret });
    },
    bad_credentials: async (w) => {
      await lockedCashier(w);
      return w.t.call('staff.unlock', { secret: '000000' });
    },
    account_locked: async (w) => {
      await lockedCashier(w);
      return untilLocked(() => w.t.call('staff.unlock', { secret: '000000' }));
    },
    rate_limited: async (w) => {
      await lockedCashier(w);
      // Sign-in attempts from the same origin empty the bucket unlock draws from too.
      await untilRateLimited(() => w.t.call('staff.signIn', { staffCode: 'nobody', secret: '000000' }));
      return w.t.call('staff.unlock', { secret: CASHIER.secret });
    },
  },
  'staff.signOut': PUBLIC,
  'staff.session': PUBLIC,
  'staff.lock': SIGNED_IN,
  'staff.list': ROLE_GATED,
  'staff.create': ROLE_GATED,
  'staff.setRole': {
    ...ROLE_GATED,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('staff.setRole', { targetStaffId: NOBODY_ID, role: 'manager' });
    },
  },
  'staff.setDisabled': {
    ...ROLE_GATED,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('staff.setDisabled', { targetStaffId: NOBODY_ID, disabled: true });
    },
  },
  'staff.resetSecret': {
    ...ROLE_GATED,
    not_found: async (w) => {
      await signInAs(w.t, w.owner);
      return w.t.call('staff.resetSecret', { targetStaffId: NOBODY_ID, secretKind: 'pin', secret: '864200', approvalId: NOBODY_ID });
    },
  },
  'approval.grant': {
    ...SIGNED_IN,
    bad_credentials: async (w) => {
      await signInAs(w.t, w.cashier);
      return grantWith(w, MANAGER.staffCode, '000000');
    },
    rate_limited: async (w) => {
      await signInAs(w.t, w.cashier);
      return untilRateLimited(() => grantWith(w, 'nobody', '000000'));
    },
    forbidden: async (w) => {
      await signInAs(w.t, w.cashier);
      return grantWith(w, CASHIER.staffCode, CASHIER.secret); // the approver is no manager
    },
  },
  'settings.public': PUBLIC,
  'settings.get': SIGNED_IN,
  'settings.update': settingsUpdateReach,
  'ledger.health': SIGNED_IN,
  'ledger.verify': SIGNED_IN,
  // On a healthy ledger the call is refused before any secret check; the rest need a rolled-back
  // one, where the recovery dispatch (ipc/handlers/create-recovery-app.ts) answers it.
  'anchor.acceptRollback': {
    ...PUBLIC,
    bad_credentials: () => inRecovery((live, call) => call(live, 'anchor.acceptRollback', { staffCode: OWNER.staffCode, secret: '000000' })),
    forbidden: () => inRecovery((live, call) => call(live, 'anchor.acceptRollback', ROLLED_BACK_MANAGER)),
    rate_limited: () => inRecovery((live, call) =>
      untilRateLimited(() => call(live, 'anchor.acceptRollback', { staffCode: 'nobody1', secret: '000000' }))),
  },
  ...walletReach,
  ...cardReach,
  ...voucherReach,
  ...catalogReach,
  ...shiftReach,
  ...displayReach,
  ...receiptReach,
  ...salesReach,
};

/** Runs `act` against the recovery dispatch of a freshly rolled-back data directory. */
async function inRecovery(act: (live: LiveApp, call: RolledBack['call']) => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const rolled = await rolledBackDir();
  const live = await rolled.open();
  try {
    expect(live.mode()).toBe('recovery');
    return await act(live, rolled.call);
  } finally {
    await live.close();
    rolled.cleanup();
  }
}

/**
 * Codes no contract method returns today, each with what does return it. A new code must be
 * declared by a method or named here; a code that nothing produces is removed from the union.
 */
const NOT_FROM_METHODS: Partial<Record<ErrorCode, string>> = {
  payload_too_large: 'the web host, for a body over its cap (and the renderer client on HTTP 413)',
  internal: 'a handler that threw: a bug wherever it shows, so never declared (the fuzz harness fails on it)',
  invalid_amount: 'ledger batch validation, money parsing and arithmetic (shared/domain)',
  unknown_currency: 'ledger creation and batch validation, money parsing',
  wrong_key: 'opening a data directory (startup, CLI)',
  database_corrupt: 'opening a data directory (startup, CLI)',
  database_too_new: 'opening a data directory (startup, CLI)',
  database_rolled_back: 'opening a data directory older than its chain anchor (startup, CLI, restore); the recovery dispatch, for every call but its two',
  database_locked: 'opening a data directory in use, backup (CLI)',
  key_file_missing: 'key providers (startup, CLI)',
  key_file_invalid: 'key providers (startup, CLI)',
  weak_passphrase: 'passphrase key wrapping (CLI init, passphrase change)',
  limit_exceeded: 'the ledger core',
  ledger_mismatch: 'the ledger core and the transfer trigger',
  account_not_found: 'the ledger core',
  account_closed: 'the ledger core and the transfer trigger',
  ledger_not_found: 'the ledger (opening an account without its ledger)',
  same_account: 'ledger batch validation',
  batch_empty: 'ledger batch validation',
  batch_too_large: 'ledger batch validation',
};

describe('declared error codes', () => {
  it('each method’s reachers name exactly its declared codes', () => {
    for (const key of KEYS) expect(Object.keys(REACH[key]).sort(), key).toEqual([...declaredErrors(contract[key])].sort());
  });

  it('every code of the union is declared by a method, or named with what returns it (never both)', () => {
    const declared = new Set(KEYS.flatMap((key) => [...declaredErrors(contract[key])]));
    const unaccounted = ERROR_CODES.filter((code) => !declared.has(code) && NOT_FROM_METHODS[code] === undefined);
    expect(unaccounted, 'declare them on the methods that return them, or remove them from the union').toEqual([]);
    const both = Object.keys(NOT_FROM_METHODS).filter((code) => declared.has(code as ErrorCode));
    expect(both).toEqual([]);
  });
});

describe('every declared code is reachable through the real dispatch', () => {
  let w: World;

  beforeEach(async () => {
    const t = await createTestApp();
    const seeded = await setupWithStaff(t, [
      { ...MANAGER, role: 'manager' },
      { ...CASHIER, role: 'cashier' },
    ]);
    const [manager, cashier] = seeded.members as [StaffSeed, StaffSeed];
    w = { t, owner: seeded.owner, manager, cashier, samples: validInputs({ cashierId: cashier.id }) };
    await signOut(w);
  });
  afterEach(async () => w.t.close());

  const cases = KEYS.flatMap((key) => [...declaredErrors(contract[key])].map((code) => [key, code] as const));

  it.each(cases)('%s → %s', async (key, code) => {
    const reach = (REACH[key] as Readonly<Record<string, Reach>>)[code];
    if (!reach) throw new Error(`${key}: no way to reach ${code} in REACH`);
    const reply = await reach(w, key);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(w.t.errors).toEqual([]);
  });
});
