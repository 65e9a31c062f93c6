import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import { api } from '../../api/client';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/Icons';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { emptyTender, tenderOf } from '../cards/tender-form';
import type { TenderForm } from '../cards/tender-form';
import { TenderFields } from '../cards/TenderFields';
import { redeemVoucher, sellVoucher } from './vouchers.actions';
import { WalletAddressInput } from '../../components/WalletAddressInput';

/** Selling at the counter: the code (scanned or typed from the sheet) and how the customer paid. */
export function SellVoucher({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [tenderForm, setTenderForm] = useState<TenderForm>(emptyTender);
  const [operationId, setOperationId] = useState(newId);
  const [sold, setSold] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useSubmission();
  const tender = tenderOf(tenderForm);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || code.trim() === '' || tender === null) return;
    setSold(null);
    await run(async () => {
      const answer = await sellVoucher(api, { operationId, voucher: { code: code.trim() }, tender });
      setSold(t('vouchers:sell.done', { serial: answer.serial, amount: formatMoney(answer.amountMinor, answer.currency, currentLocale(i18n)) }));
      setCode('');
      setOperationId(newId());
      setChecked(false);
      onDone();
    });
  };

  return (
    <DetailCard title={t('vouchers:sell.title')} hint={t('vouchers:sell.hint')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('vouchers:fields.code')}
            description={t('vouchers:fields.codeHint')}
            value={code}
            onChange={(event) => { setCode(event.currentTarget.value); setOperationId(newId()); }}
            error={checked && code.trim() === '' ? t('vouchers:fields.codeRequired') : undefined}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-scan-target
            data-testid="sell-code"
          />
          <TenderFields form={tenderForm} update={(patch) => setTenderForm((prev) => ({ ...prev, ...patch }))} invalid={checked && tender === null} />
          {error === null ? null : <ErrorAlert error={error} />}
          {sold === null ? null : <Alert color="green" icon={<IconCheck />} role="status" data-testid="sell-done">{sold}</Alert>}
          <Group><Button type="submit" loading={busy}>{t('vouchers:sell.submit')}</Button></Group>
        </Stack>
      </form>
    </DetailCard>
  );
}

/** Redeeming into a wallet: the voucher's code and the wallet's address (its check symbol checked here first). */
export function RedeemVoucher({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const [address, setAddress] = useState('');
  const [operationId, setOperationId] = useState(newId);
  const [redeemed, setRedeemed] = useState<string | null>(null);
  const [addressBad, setAddressBad] = useState(false);
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const wallet = parseWalletAddress(address);
    setAddressBad(!wallet.ok);
    if (busy || code.trim() === '' || !wallet.ok) return;
    setRedeemed(null);
    await run(async () => {
      const answer = await redeemVoucher(api, { operationId, code: code.trim(), wallet: { walletAddress: wallet.value } });
      setRedeemed(t('vouchers:redeem.done', { serial: answer.serial, amount: formatMoney(answer.amountMinor, answer.currency, currentLocale(i18n)) }));
      setOperationId(newId());
      onDone();
    });
  };

  return (
    <DetailCard title={t('vouchers:redeem.title')} hint={t('vouchers:redeem.hint')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('vouchers:fields.code')}
            value={code}
            onChange={(event) => { setCode(event.currentTarget.value); setOperationId(newId()); setRedeemed(null); }}
            error={checked && code.trim() === '' ? t('vouchers:fields.codeRequired') : undefined}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            data-scan-target
            data-testid="redeem-code"
          />
          <WalletAddressInput
            label={t('vouchers:fields.wallet')}
            description={t('vouchers:fields.walletHint')}
            value={address}
            onChange={(value) => { setAddress(value); setAddressBad(false); setOperationId(newId()); }}
            bad={addressBad}
            monospace
            testId="redeem-wallet"
          />
          {error === null ? null : <ErrorAlert error={error} />}
          {redeemed === null ? null : <Alert color="green" icon={<IconCheck />} role="status" data-testid="redeem-done">{redeemed}</Alert>}
          <Group><Button type="submit" loading={busy}>{t('vouchers:redeem.submit')}</Button></Group>
        </Stack>
      </form>
    </DetailCard>
  );
}
