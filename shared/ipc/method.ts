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
};

export { ROLE_RANK };

export function roleSatisfies(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return ROLE_RANK[role] >= ROLE_RANK[access];
}
