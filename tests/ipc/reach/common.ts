import type { Result } from '../../../shared/domain/result';
import { contract, type DeclaredError, type MethodKey } from '../../../shared/ipc/contract';
import { expectOk, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';
import type { ValidInputs } from '../samples';

/** What every reacher starts from: a set-up terminal with an owner, a manager and a cashier, signed out. */
export type World = { t: TestApp; owner: StaffSeed; manager: StaffSeed; cashier: StaffSeed; samples: ValidInputs };
/** Brings the terminal into the state the code needs, makes the call and returns its reply. */
export type Reach = (w: World, key: MethodKey) => Promise<Result<unknown>>;
/** One way to reach each declared code of each method; the compiler asks for a new one. */
export type Reachers = { readonly [K in MethodKey]: { readonly [C in DeclaredError<K>]: Reach } };

export const sample = (w: World, key: MethodKey): unknown => w.samples[key][0];
export const signOut = async (w: World) => expectOk(await w.t.call('staff.signOut', {}));

/** Keeps calling while the secret is wrong; the lockout policy locks the account on the tenth. */
export async function untilLocked(call: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  let reply = await call();
  for (let i = 0; i < 20 && !reply.ok && reply.error.code === 'bad_credentials'; i += 1) reply = await call();
  return reply;
}

/** Keeps calling, as fast as the fixed clock allows, until the origin's attempt bucket is empty. */
export async function untilRateLimited(call: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  let reply = await call();
  for (let i = 0; i < 40 && !(!reply.ok && reply.error.code === 'rate_limited'); i += 1) reply = await call();
  return reply;
}

export const PUBLIC = {
  invalid_input: async (w, key) => {
    await signInAs(w.t, w.owner);
    return w.t.call(key, { ...(sample(w, key) as object), zzUnknown: 1 });
  },
} as const satisfies Record<string, Reach>;

export const SIGNED_IN = {
  ...PUBLIC,
  unauthenticated: async (w, key) => {
    await signOut(w);
    return w.t.call(key, sample(w, key));
  },
  session_locked: async (w, key) => {
    await signInAs(w.t, w.owner);
    expectOk(await w.t.call('staff.lock', {}));
    return w.t.call(key, sample(w, key));
  },
} as const satisfies Record<string, Reach>;

export const ROLE_GATED = {
  ...SIGNED_IN,
  forbidden: async (w, key) => {
    await signInAs(w.t, contract[key].access === 'owner' ? w.manager : w.cashier);
    return w.t.call(key, sample(w, key));
  },
} as const satisfies Record<string, Reach>;

/** One way to reach each declared code of each method of one contract domain. */
export type DomainReachers<C> = { readonly [K in keyof C & MethodKey]: { readonly [Code in DeclaredError<K>]: Reach } };
