import type { ErrorCode } from '../domain/errors';
import { ROLE_RANK, type Role } from '../domain/roles';
import type { z } from './zod';

/**
 * Who may call a method. `public` needs no sign-in (status, setup, sign-in itself); the others
 * need an unlocked session whose role is at least the one named.
 */
export type Access = 'public' | 'signedIn' | 'manager' | 'owner';

export type MethodSpec = {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  readonly access: Access;
  /**
   * The error codes the method's handler can return. The codes dispatch itself returns are not
   * repeated here: they follow from `access` (see `dispatchErrors`). `declaredErrors` is the whole
   * list; tests/ipc/declared-errors.test.ts reaches each of them, the fuzz harness fails on any
   * other. `internal` is never declared: it is a handler that threw, a bug wherever it shows.
   */
  readonly errors: readonly ErrorCode[];
};

/** What dispatch returns before the handler runs, by access: schema, session and role checks. */
export type DispatchError<A extends Access> =
  | 'invalid_input'
  | (A extends 'public' ? never : 'unauthenticated' | 'session_locked')
  | (A extends 'manager' | 'owner' ? 'forbidden' : never);

const DISPATCH_ERRORS: { readonly [A in Access]: readonly DispatchError<A>[] } = {
  public: ['invalid_input'],
  signedIn: ['invalid_input', 'unauthenticated', 'session_locked'],
  manager: ['invalid_input', 'unauthenticated', 'session_locked', 'forbidden'],
  owner: ['invalid_input', 'unauthenticated', 'session_locked', 'forbidden'],
};

export function dispatchErrors<A extends Access>(access: A): readonly DispatchError<A>[] {
  return DISPATCH_ERRORS[access];
}

/** Every code a call of this method can return: dispatch's (from `access`) and the handler's. */
export function declaredErrors(spec: Pick<MethodSpec, 'access' | 'errors'>): ReadonlySet<ErrorCode> {
  return new Set<ErrorCode>([...dispatchErrors(spec.access), ...spec.errors]);
}

export { ROLE_RANK };

export function roleSatisfies(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return ROLE_RANK[role] >= ROLE_RANK[access];
}
