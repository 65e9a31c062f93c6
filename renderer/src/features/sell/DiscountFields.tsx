import { NumberInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { AmountKeypad } from '../../components/AmountKeypad';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { entryFromMinor, entryMinor } from '../../components/amount-entry';
import { minorToDecimalString } from '../../lib/format-money';
import type { Discount } from '../../../../shared/domain/sales/cart';

/** A discount as the form holds it: the kind and the typed text (percent "12.5", amount "3.50"). */
export type DiscountForm = { kind: 'none' | 'percent' | 'amount'; percent: string; amount: string };

export function discountFormOf(discount: Discount | undefined, currency: string): DiscountForm {
  if (discount === undefined) return { kind: 'none', percent: '', amount: '' };
  if (discount.kind === 'percent') return { kind: 'percent', percent: minorToDecimalString(discount.bp, 2).replace(/\.?0+$/, ''), amount: '' };
  return { kind: 'amount', percent: '', amount: entryFromMinor(discount.amountMinor, currency) };
}

/**
 * The discount request the form describes (core applies it), null for none, or 'invalid'.
 * A percent has at most two decimals ("12.5" → 1250 bp), read as text, never as a float.
 */
export function discountOf(form: DiscountForm, currency: string): Discount | null | 'invalid' {
  if (form.kind === 'none') return null;
  if (form.kind === 'amount') {
    const amountMinor = entryMinor(form.amount, currency);
    return amountMinor === null || amountMinor < 1 ? 'invalid' : { kind: 'amount', amountMinor };
  }
  const match = /^([0-9]{1,3})(?:\.([0-9]{1,2}))?$/.exec(form.percent.trim());
  if (match === null) return 'invalid';
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp < 1 || bp > 10_000 ? 'invalid' : { kind: 'percent', bp };
}

type Props = { form: DiscountForm; currency: string; onChange: (form: DiscountForm) => void; label: string };

/** None, a percentage or an amount off: a line's or the whole order's discount. */
export function DiscountFields({ form, currency, onChange, label }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <LabelledSegmented<DiscountForm['kind']>
        label={label}
        value={form.kind}
        onChange={(kind) => onChange({ ...form, kind })}
        data={[
          { value: 'none', label: t('sell:line.none') },
          { value: 'percent', label: t('sell:line.percent') },
          { value: 'amount', label: t('sell:line.amount') },
        ]}
      />
      {form.kind === 'percent' ? (
        <NumberInput
          label={t('sell:line.percentValue')}
          value={form.percent}
          onChange={(value) => onChange({ ...form, percent: String(value) })}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          allowNegative={false}
          data-testid="discount-percent"
        />
      ) : null}
      {form.kind === 'amount' ? (
        <AmountKeypad label={t('sell:line.amountValue')} currency={currency} value={form.amount} onChange={(amount) => onChange({ ...form, amount })} testId="discount-amount" />
      ) : null}
    </Stack>
  );
}
