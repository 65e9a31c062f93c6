import type { Input } from '../../../../shared/ipc/contract';
import { PRIVILEGED_PIN_DIGITS_MIN } from '../../../../shared/ipc/contract/staff';
import type { Locale } from '../../lib/i18n';
import {
  checkConfirm,
  checkCurrency,
  checkName,
  checkPassword,
  checkPin,
  checkStaffCode,
} from '../../lib/validate';
import type { FieldError } from '../../lib/validate';

export type SecretKind = 'pin' | 'password';

export type SetupForm = {
  merchantName: string;
  terminalName: string;
  currency: string;
  ownerName: string;
  staffCode: string;
  secretKind: SecretKind;
  secret: string;
  secretConfirm: string;
};

export const SETUP_STEPS = ['business', 'owner', 'review'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export function emptySetupForm(currency = 'EUR'): SetupForm {
  return {
    merchantName: '',
    terminalName: '',
    currency,
    ownerName: '',
    staffCode: '',
    secretKind: 'pin',
    secret: '',
    secretConfirm: '',
  };
}

export type SetupErrors = Partial<Record<keyof SetupForm, FieldError | null>>;

/** What each step's fields get from the screen. */
export type SetupStepProps = {
  form: SetupForm;
  errors: SetupErrors;
  update: (patch: Partial<SetupForm>) => void;
};

export function validateBusiness(form: SetupForm): SetupErrors {
  return {
    merchantName: checkName(form.merchantName),
    terminalName: checkName(form.terminalName),
    currency: checkCurrency(form.currency),
  };
}

export function validateOwner(form: SetupForm): SetupErrors {
  return {
    ownerName: checkName(form.ownerName),
    staffCode: checkStaffCode(form.staffCode),
    // setup creates the owner, whose PIN has the longer floor of managers and owners
    secret: form.secretKind === 'pin' ? checkPin(form.secret, PRIVILEGED_PIN_DIGITS_MIN) : checkPassword(form.secret),
    secretConfirm: checkConfirm(form.secretConfirm, form.secret),
  };
}

export function validateStep(step: SetupStep, form: SetupForm): SetupErrors {
  if (step === 'business') return validateBusiness(form);
  if (step === 'owner') return validateOwner(form);
  return { ...validateBusiness(form), ...validateOwner(form) };
}

export function toSetupInput(form: SetupForm, locale: Locale): Input<'setup.complete'> {
  return {
    merchantName: form.merchantName.trim(),
    terminalName: form.terminalName.trim(),
    currency: form.currency,
    locale,
    taxProfile: 'none',
    owner: {
      displayName: form.ownerName.trim(),
      staffCode: form.staffCode.trim(),
      secretKind: form.secretKind,
      secret: form.secret,
    },
  };
}
