import { SESSION_STATES } from '../../domain/session-state';
import type { MethodSpec } from '../method';
import { empty, name, password, pin, role, secret, secretKind, staffCode, timeMs, uuidV7 } from '../schemas';
import { z } from '../zod';

/** Managers and owners approve refunds and voids and manage staff: a 4-digit PIN is too weak. */
export const PRIVILEGED_PIN_DIGITS_MIN = 6;
export const PRIVILEGED_PIN_MESSAGE = `a manager or owner PIN needs at least ${PRIVILEGED_PIN_DIGITS_MIN} digits`;

type SecretForRole = { readonly role: z.infer<typeof role>; readonly secretKind: 'pin' | 'password'; readonly secret: string };

/**
 * The secret checked by its kind (a PIN is 4–12 digits, a password 12+ characters with letters
 * and digits) and by the role it will carry; the issue names the `secret` field.
 */
export function checkSecretForRole(value: SecretForRole, ctx: z.RefinementCtx): void {
  if (!checkSecretByKind(value, ctx)) return;
  if (value.secretKind === 'pin' && value.role !== 'cashier' && value.secret.length < PRIVILEGED_PIN_DIGITS_MIN) {
    ctx.addIssue({ code: 'custom', path: ['secret'], message: PRIVILEGED_PIN_MESSAGE });
  }
}

/**
 * The secret checked by its kind alone, for a call whose input does not carry the role
 * (`staff.resetSecret`: main checks the target's role). False when an issue was added.
 */
export function checkSecretByKind(value: Omit<SecretForRole, 'role'>, ctx: z.RefinementCtx): boolean {
  const parsed = (value.secretKind === 'pin' ? pin : password).safeParse(value.secret);
  if (parsed.success) return true;
  ctx.addIssue({ code: 'custom', path: ['secret'], message: parsed.error.issues[0]?.message ?? 'invalid secret' });
  return false;
}

/**
 * What a manager approves before `staff.resetSecret`: the action and its target, never the new
 * secret (the subject is written to the audit). Main and the renderer build it here, once.
 */
export function resetSecretApproval(targetStaffId: string): { readonly action: 'staff.resetSecret'; readonly subject: string } {
  return { action: 'staff.resetSecret', subject: targetStaffId };
}

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
    // One answer for an unknown code, a wrong secret, a disabled or a locked account, so the
    // reply never tells whether a staff code exists (docs/security.md §7.3); rate_limited: too
    // many secret checks from this origin (refused before any hashing).
    errors: ['bad_credentials', 'rate_limited'],
  },
  /** After an idle lock: the same staff member re-enters their secret; the sale is kept. */
  'staff.unlock': {
    input: z.strictObject({ secret }),
    output: sessionView,
    access: 'public',
    // unauthenticated: there is no locked session to unlock. The holder is already known, so
    // unlock may say how many attempts are left and that the account is now locked.
    errors: ['unauthenticated', 'bad_credentials', 'account_locked', 'rate_limited'],
  },
  'staff.signOut': { input: empty, output: sessionView, access: 'public', errors: [] },
  'staff.session': { input: empty, output: sessionView, access: 'public', errors: [] },
  'staff.lock': { input: empty, output: sessionView, access: 'signedIn', errors: [] },
  'staff.list': { input: empty, output: z.array(staffMember).max(1000), access: 'manager', errors: [] },
  'staff.create': {
    input: z.strictObject({ displayName: name, staffCode, role, secretKind, secret }).superRefine(checkSecretForRole),
    output: staffMember,
    access: 'manager',
    // invalid_input (from dispatch) also covers a refused secret (by kind, and a manager or
    // owner PIN under 6 digits) and a taken staff code;
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
  /**
   * Disables or re-enables another staff member: a manager for a cashier, an owner for anyone.
   * A disabled member cannot sign in, unlock or approve (docs/security.md §7.2).
   */
  'staff.setDisabled': {
    input: z.strictObject({ targetStaffId: uuidV7, disabled: z.boolean() }),
    output: staffMember,
    access: 'manager',
    // forbidden (from the role) also covers: the caller themselves, a manager naming a manager or
    // owner, and disabling the last enabled owner (all audited as access denied).
    errors: ['not_found'],
  },
  /**
   * Sets another staff member's new PIN or password and clears their lockout, under a one-shot
   * approval from a second manager for `resetSecretApproval(targetStaffId)` (approval.grant).
   */
  'staff.resetSecret': {
    input: z.strictObject({ targetStaffId: uuidV7, secretKind, secret, approvalId: uuidV7 })
      .superRefine((value, ctx) => void checkSecretByKind(value, ctx)),
    output: staffMember,
    access: 'manager',
    // invalid_input (from dispatch) also covers a manager or owner PIN under 6 digits (main knows
    // the target's role); forbidden (from the role) also covers the caller themselves, a manager
    // naming a manager or owner, and a missing, used, expired or re-targeted approval.
    errors: ['not_found'],
  },
} as const satisfies Record<string, MethodSpec>;
