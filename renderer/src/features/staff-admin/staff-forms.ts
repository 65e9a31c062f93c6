import type { Input } from '../../../../shared/ipc/contract';
import type { Role } from '../../../../shared/domain/roles';
import { PRIVILEGED_PIN_DIGITS_MIN } from '../../../../shared/ipc/contract/staff';
import { checkConfirm, checkName, checkPassword, checkPin, checkStaffCode } from '../../lib/validate';
import type { FieldError } from '../../lib/validate';
import type { StaffMember } from './staff-admin.store';
import type { ResetRequest } from './staff-admin.actions';

export type SecretKind = 'pin' | 'password';

/** The new-secret part both dialogs share; a PIN's floor follows the role it will carry. */
export type SecretForm = { secretKind: SecretKind; secret: string; secretConfirm: string };

export type AddStaffForm = SecretForm & { displayName: string; staffCode: string; role: Exclude<Role, 'owner'> };
export type ResetForm = SecretForm & { managerCode: string; managerSecret: string };
export type FormErrors<F> = Partial<Record<keyof F, FieldError | null>>;

export const emptyAddForm = (): AddStaffForm => ({
  displayName: '', staffCode: '', role: 'cashier', secretKind: 'pin', secret: '', secretConfirm: '',
});
export const emptyResetForm = (): ResetForm => ({ secretKind: 'pin', secret: '', secretConfirm: '', managerCode: '', managerSecret: '' });

function validateSecret(form: SecretForm, role: Role): FormErrors<SecretForm> {
  const floor = role === 'cashier' ? 0 : PRIVILEGED_PIN_DIGITS_MIN;
  return {
    secret: form.secretKind === 'pin' ? checkPin(form.secret, floor) : checkPassword(form.secret),
    secretConfirm: checkConfirm(form.secretConfirm, form.secret),
  };
}

export function validateAdd(form: AddStaffForm): FormErrors<AddStaffForm> {
  return { displayName: checkName(form.displayName), staffCode: checkStaffCode(form.staffCode), ...validateSecret(form, form.role) };
}

/** The approver's code and secret are checked by main; here only that they are there. */
export function validateReset(form: ResetForm, target: StaffMember): FormErrors<ResetForm> {
  return {
    ...validateSecret(form, target.role),
    managerCode: checkStaffCode(form.managerCode),
    managerSecret: form.managerSecret === '' ? { code: 'required' } : null,
  };
}

export function toCreateInput(form: AddStaffForm): Input<'staff.create'> {
  return {
    displayName: form.displayName.trim(), staffCode: form.staffCode.trim(), role: form.role, secretKind: form.secretKind, secret: form.secret,
  };
}

export function toResetRequest(form: ResetForm): ResetRequest {
  return { secretKind: form.secretKind, secret: form.secret, managerCode: form.managerCode.trim(), managerSecret: form.managerSecret };
}

/** Whether `me` may disable, enable or reset `target`: never oneself; a manager only cashiers. */
export function mayManage(me: { id: string; role: Role } | null, target: StaffMember): boolean {
  if (me === null || me.id === target.id) return false;
  return me.role === 'owner' || (me.role === 'manager' && target.role === 'cashier');
}

/** Only an owner changes roles, never their own. */
export function mayChangeRole(me: { id: string; role: Role } | null, target: StaffMember): boolean {
  return me !== null && me.role === 'owner' && me.id !== target.id;
}
