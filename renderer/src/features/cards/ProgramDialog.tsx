import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { programInput } from '../../../../shared/ipc/contract/cards-schemas';
import { api, ClientError } from '../../api/client';
import { entryMinor } from '../../components/amount-entry';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { useSettingsStore } from '../../stores/settings.store';
import { createProgram } from './cards.actions';

type Form = {
  name: string; bin: string; panLength: number | string; expiryMonths: number | string; currency: string;
  perTransaction: string; dailySpend: string; maxBalance: string; dailyTopUp: string;
};

/** Empty is "no limit"; otherwise an amount in the program's currency, as minor units. */
const limitOf = (text: string, currency: string): number | null => (text.trim() === '' ? null : entryMinor(text.trim(), currency));

/** A manager creates a card program: BIN, number length, expiry term, currency and default limits. */
export function ProgramDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const shopCurrency = useSettingsStore((state) => state.shown?.currency) ?? 'EUR';
  const empty = (): Form => ({
    name: '', bin: '', panLength: 16, expiryMonths: 36, currency: shopCurrency, perTransaction: '', dailySpend: '', maxBalance: '', dailyTopUp: '',
  });
  const [form, setForm] = useState<Form>(empty);
  const [programId, setProgramId] = useState(newId);
  const [invalid, setInvalid] = useState(false);
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<Form>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(empty());
    setProgramId(newId());
    setInvalid(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = programInput.safeParse({
      programId, name: form.name.trim(), bin: form.bin.trim(), panLength: Number(form.panLength), expiryMonths: Number(form.expiryMonths),
      currency: form.currency,
      limits: {
        perTransactionMinor: limitOf(form.perTransaction, form.currency), dailySpendMinor: limitOf(form.dailySpend, form.currency), dailyCount: null,
        monthlySpendMinor: null, monthlyCount: null, maxBalanceMinor: limitOf(form.maxBalance, form.currency), dailyTopUpMinor: limitOf(form.dailyTopUp, form.currency),
      },
    });
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    let done = false;
    await run(async () => {
      await createProgram(api, parsed.data);
      done = true;
    });
    if (done) close();
  };

  const limitField = (key: 'perTransaction' | 'dailySpend' | 'maxBalance' | 'dailyTopUp') => (
    <TextInput
      label={t(`cards:programs.${key}`)}
      value={form[key]}
      onChange={(event) => update({ [key]: event.currentTarget.value })}
      inputMode="decimal"
      rightSection={<Text size="sm" c="dimmed">{form.currency}</Text>}
      rightSectionWidth={56}
      autoComplete="off"
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('cards:programs.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('cards:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <TextInput label={t('cards:programs.name')} value={form.name} onChange={(event) => update({ name: event.currentTarget.value })} required data-autofocus />
          <SimpleGrid cols={2}>
            <TextInput
              label={t('cards:programs.bin')}
              description={t('cards:programs.binHint')}
              value={form.bin}
              onChange={(event) => update({ bin: event.currentTarget.value.replace(/[^0-9]/g, '').slice(0, 8) })}
              inputMode="numeric"
              required
            />
            <CurrencySelect label={t('cards:programs.currency')} value={form.currency} onChange={(currency) => update({ currency })} />
            <NumberInput label={t('cards:programs.length')} value={form.panLength} onChange={(panLength) => update({ panLength })} min={13} max={19} allowDecimal={false} />
            <NumberInput label={t('cards:programs.termLabel')} value={form.expiryMonths} onChange={(expiryMonths) => update({ expiryMonths })} min={1} max={120} allowDecimal={false} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">{t('cards:programs.limitsHint')}</Text>
          <SimpleGrid cols={2}>
            {limitField('perTransaction')}
            {limitField('dailySpend')}
            {limitField('maxBalance')}
            {limitField('dailyTopUp')}
          </SimpleGrid>
          {invalid ? <ErrorAlert error={new ClientError('invalid_input', 'the program form does not pass the contract')} /> : null}
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('cards:cancel')}</Button>
            <Button type="submit" loading={busy}>{t('cards:programs.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
