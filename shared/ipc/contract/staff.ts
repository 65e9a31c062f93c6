import { SESSION_STATES } from '../../domain/session-state';
import type { MethodSpec } from '../method';
import { empty, name, role, secret, secretKind, staffCode, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

export const staffMember = z.strictObject({
  id: uuidV7,
  displayName: name,
  staffCode,
  role,
  secretKind,
  disabled: z.boolean(),
  lockedUntilMs: timeMs.nullable(),
});

export const sessionView = z.strictObject({
  state: z.enum(SESSION_STATES),
  staff: z.strictObject({ id: uuidV7, displayName: name, role }).nullable(),
  idleLockMs: z.int().positive(),
});

export const staffContract = {
  'staff.signIn': {
    input: z.strictObject({ staffCode, secret }),
    output: sessionView,
    access: 'public',
    errors: ['bad_credentials', 'account_locked'],
  },
  /** After an idle lock: the same staff member re-enters their secret; the sale is kept. */
  'staff.unlock': {
    input: z.strictObject({ secret }),
    output: sessionView,
    access: 'public',
    // unauthenticated: there is no locked session to unlock.
    errors: ['unauthenticated', 'bad_credentials', 'account_locked'],
  },
  'staff.signOut': { input: empty, output: sessionView, access: 'public', errors: [] },
  'staff.session': { input: empty, output: sessionView, access: 'public', errors: [] },
  'staff.lock': { input: empty, output: sessionView, access: 'signedIn', errors: [] },
  'staff.list': { input: empty, output: z.array(staffMember).max(1000), access: 'manager', errors: [] },
  'staff.create': {
    input: z.strictObject({ displayName: name, staffCode, role, secretKind, secret }),
    output: staffMember,
    access: 'manager',
    // invalid_input (from dispatch) also covers a refused secret and a taken staff code;
    // forbidden (from the role) also covers a manager creating an owner.
    errors: [],
  },
  'staff.setRole': {
    // The target is named `targetStaffId`: no input ever carries a field called staffId.
    input: z.strictObject({ targetStaffId: uuidV7, role }),
    output: staffMember,
    access: 'owner',
    // forbidden (from the role) also covers the owner changing their own role.
    errors: ['not_found'],
  },
} as const satisfies Record<string, MethodSpec>;
