import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryFromMinor, entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { WalletAddressInput } from '../../components/WalletAddressInput';
import { useSubmission } from '../../lib/use-submission';
import { RECEIPT_PROVIDERS } from '../../../../shared/domain/sales/receipt';
import { checkPayment, requestPayment, takeCash, takeExternalCard, takeWallet } from './checkout.actions';
import type { ProviderMethod } from './checkout.actions';
import { useCheckoutStore } from './checkout.store';
import { useMoney } from './sell-format';

/** What every tender form gets: the amount due for it, the currency, split or not, and "done". */
export type TenderFormProps = { due: number; currency: string; split: boolean; onDone: () => void };

/** The amount this tender pays: the whole due, or in a split what the cashier enters (due by default). */
export function useTenderAmount({ due, currency, split }: TenderFormProps) {
  const [text, setText] = useState(() => entryFromMinor(due, currency));
  const minor = split ? entryMinor(text, currency) : due;
  const valid = minor !== null && minor > 0 && minor <= due;
  return { text, setText, minor: valid ? minor : null };
}

function SplitAmount({ amount, currency, split }: { amount: ReturnType<typeof useTenderAmount>; currency: string; split: boolean }) {
  const { t } = useTranslation();
  if (!split) return null;
  return <AmountKeypad label={t('sell:tender.amount')} currency={currency} value={amount.text} onChange={amount.setText} testId="tender-amount" />;
}

/**
 * Marks the form's first text field for the dialog's focus trap (Mantine focuses the element
 * with data-autofocus, else the close button), so the cashier types the amount straight away.
 * A layout effect of the child runs before the trap's own effect looks for it.
 */
export function useFirstFieldFocus() {
  const ref = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const form = ref.current;
    if (form === null || form.querySelector('[data-autofocus]') !== null) return;
    form.querySelector('input:not([type="hidden"]):not([type="radio"])')?.setAttribute('data-autofocus', '');
  }, []);
  return ref;
}

function FormFrame({ onSubmit, children, actions, error }: { onSubmit: () => void; children: ReactNode; actions: ReactNode; error: ReactNode }) {
  const ref = useFirstFieldFocus();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form ref={ref} onSubmit={submit} noValidate>
      <Stack gap="md">
        {children}
        {error}
        <Group justify="flex-end">{actions}</Group>
      </Stack>
    </form>
  );
}

/** Cash: the amount handed over on the keypad; more than due is change (computed by main). */
export function CashTender({ due, currency, split, onDone }: TenderFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const [text, setText] = useState('');
  const { busy, error, run } = useSubmission();
  const handed = entryMinor(text, currency);
  // in a split a smaller part is allowed; otherwise the whole due at least
  const ok = handed !== null && handed > 0 && (split || handed >= due);
  const send = () => {
    if (!ok || busy || handed === null) return;
    void run(async () => {
      await takeCash(api, handed);
      onDone();
    });
  };
  return (
    <FormFrame
      onSubmit={send}
      error={error === null ? null : <ErrorAlert error={error} />}
      actions={(
        <>
          <Button variant="default" h={48} onClick={() => setText(entryFromMinor(due, currency))}>{t('sell:cash.exact')}</Button>
          <Button type="submit" h={48} disabled={!ok} loading={busy} data-testid="cash-take">
            {t('sell:cash.take', { amount: handed === null ? money(0, currency) : money(handed, currency) })}
          </Button>
        </>
      )}
    >
      <AmountKeypad label={t('sell:cash.handed')} currency={currency} value={text} onChange={setText} testId="cash-handed" />
      {handed !== null && !ok && !split ? <Text size="sm" c="dimmed">{t('sell:cash.short', { amount: money(due, currency) })}</Text> : null}
    </FormFrame>
  );
}

/** Wallet QR: the address scanned (the field takes the reader's keys) or typed. */
export function WalletTender(props: TenderFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const amount = useTenderAmount(props);
  const [address, setAddress] = useState('');
  const { busy, error, run } = useSubmission();
  const send = () => {
    if (amount.minor === null || address.trim() === '' || busy) return;
    const minor = amount.minor;
    void run(async () => {
      await takeWallet(api, address.trim(), minor);
      props.onDone();
    });
  };
  return (
    <FormFrame
      onSubmit={send}
      error={error === null || error.code === 'invalid_wallet_address' ? null : <ErrorAlert error={error} />}
      actions={(
        <Button type="submit" h={48} disabled={amount.minor === null || address.trim() === ''} loading={busy}>
          {t('sell:wallet.pay', { amount: money(amount.minor ?? 0, props.currency) })}
        </Button>
      )}
    >
      <SplitAmount amount={amount} currency={props.currency} split={props.split} />
      <WalletAddressInput
        label={t('sell:wallet.address')}
        description={t('sell:wallet.addressHint')}
        value={address}
        onChange={setAddress}
        bad={error?.code === 'invalid_wallet_address'}
        monospace
        testId="wallet-address-input"
      />
    </FormFrame>
  );
}

/** External card terminal: the shop's own terminal charged first, its approval code recorded. */
export function ExternalTender(props: TenderFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const amount = useTenderAmount(props);
  const [code, setCode] = useState('');
  const { busy, error, run } = useSubmission();
  const valid = /^[A-Za-z0-9-]{1,32}$/.test(code.trim());
  const send = () => {
    if (amount.minor === null || !valid || busy) return;
    const minor = amount.minor;
    void run(async () => {
      await takeExternalCard(api, minor, code.trim());
      props.onDone();
    });
  };
  return (
    <FormFrame
      onSubmit={send}
      error={error === null ? null : <ErrorAlert error={error} />}
      actions={(
        <Button type="submit" h={48} disabled={amount.minor === null || !valid} loading={busy}>
          {t('sell:external.record', { amount: money(amount.minor ?? 0, props.currency) })}
        </Button>
      )}
    >
      <Text size="sm">{t('sell:external.hint')}</Text>
      <SplitAmount amount={amount} currency={props.currency} split={props.split} />
      <TextInput label={t('sell:external.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} autoComplete="off" spellCheck={false} maxLength={32} data-autofocus />
    </FormFrame>
  );
}

const POLL_MS = 1500;

/**
 * A provider payment: request once, then follow it. Pending and unknown are looked up again
 * (payments.lookup) every POLL_MS while the dialog is open, never requested again; declined
 * says so in words, and a new request is a new payment.
 */
export function ProviderTender(props: TenderFormProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const amount = useTenderAmount(props);
  const [method, setMethod] = useState<ProviderMethod>('alipay');
  const payment = useCheckoutStore((s) => s.payment);
  const failure = useCheckoutStore((s) => s.failure);
  const { busy, run } = useSubmission();
  const waiting = payment !== null && (payment.status === 'pending' || payment.status === 'unknown');

  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => void checkPayment(api), POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, payment]);

  const send = () => {
    if (amount.minor === null || busy) return;
    const minor = amount.minor;
    void run(async () => {
      await requestPayment(api, method, minor, props.currency);
      if (useCheckoutStore.getState().payment === null && useCheckoutStore.getState().failure === null) props.onDone();
    });
  };
  return (
    <FormFrame
      onSubmit={send}
      error={failure === null ? null : <ErrorAlert error={failure} />}
      actions={waiting ? (
        <Button h={48} variant="default" onClick={() => void checkPayment(api)}>{t('sell:provider.check')}</Button>
      ) : (
        <Button type="submit" h={48} disabled={amount.minor === null} loading={busy} data-testid="provider-request">
          {t('sell:provider.request', { amount: money(amount.minor ?? 0, props.currency) })}
        </Button>
      )}
    >
      <LabelledSegmented<ProviderMethod>
        label={t('sell:provider.method')}
        value={method}
        onChange={setMethod}
        disabled={waiting}
        data={RECEIPT_PROVIDERS.map((value) => ({ value, label: t(`sell:provider.${value}`) }))}
      />
      <SplitAmount amount={amount} currency={props.currency} split={props.split} />
      {waiting ? (
        <Group gap="sm" role="status" data-testid="provider-waiting">
          <Loader size="sm" />
          <Text>{t(payment.status === 'unknown' ? 'sell:provider.unknown' : 'sell:provider.pending')}</Text>
        </Group>
      ) : null}
      {payment?.status === 'declined' ? (
        <Alert color="red" icon={<IconAlert />} role="alert" data-testid="provider-declined">{t('sell:provider.declined')}</Alert>
      ) : null}
    </FormFrame>
  );
}
