import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { FX_MAX_AGE_MS_DEFAULT } from '../../../../shared/domain/fx-rate';
import { fxContract } from '../../../../shared/ipc/contract/fx';
import { api, ClientError } from '../../api/client';
import { CurrencySelect } from '../../components/CurrencySelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { setRate } from './fx.actions';
import { hoursToMs } from './fx-format';

type Props = { opened: boolean; onClose: () => void; defaultBase: string };
type Form = { base: string; quote: string; rate: string; source: string; feeBps: number | string; maxAgeHours: number | string };

/**
 * A manager enters a pair's rate as an exact decimal ("7.2345", never a float), its source and
 * the fee; the quote time is now. The contract's own schema checks the whole input first.
 */
export function SetRateDialog({ opened, onClose, defaultBase }: Props) {
  const { t } = useTranslation();
  const empty = (): Form => ({ base: defaultBase, quote: defaultBase === 'EUR' ? 'USD' : 'EUR', rate: '', source: '', feeBps: 0, maxAgeHours: FX_MAX_AGE_MS_DEFAULT / 3_600_000 });
  const [form, setForm] = useState<Form>(empty);
  const [invalid, setInvalid] = useState(false);
  const { busy, error, run } = useSubmission();
  const update = (patch: Partial<Form>) => setForm((prev) => ({ ...prev, ...patch }));
  const close = () => {
    setForm(empty());
    setInvalid(false);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const input = {
      base: form.base, quote: form.quote, rate: form.rate.trim(), source: form.source.trim(), asOfMs: Date.now(),
      feeBps: Number(form.feeBps), maxAgeMs: hoursToMs(Number(form.maxAgeHours)),
    };
    const parsed = fxContract['fx.setRate'].input.safeParse(input);
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    let done = false;
    await run(async () => {
      await setRate(api, parsed.data);
      done = true;
    });
    if (done) close();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('fx:set.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('fx:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={2}>
            <CurrencySelect label={t('fx:set.base')} value={form.base} onChange={(base) => update({ base })} />
            <CurrencySelect label={t('fx:set.quote')} value={form.quote} onChange={(quote) => update({ quote })} />
          </SimpleGrid>
          <TextInput
            label={t('fx:set.rate', { base: form.base, quote: form.quote })}
            description={t('fx:set.rateHint')}
            value={form.rate}
            onChange={(event) => update({ rate: event.currentTarget.value })}
            inputMode="decimal"
            autoComplete="off"
            required
            data-autofocus
          />
          <TextInput label={t('fx:set.source')} description={t('fx:set.sourceHint')} value={form.source} onChange={(event) => update({ source: event.currentTarget.value })} required />
          <SimpleGrid cols={2}>
            <NumberInput label={t('fx:set.fee')} description={t('fx:set.feeHint')} value={form.feeBps} onChange={(feeBps) => update({ feeBps })} min={0} max={9999} allowDecimal={false} />
            <NumberInput label={t('fx:set.maxAge')} value={form.maxAgeHours} onChange={(maxAgeHours) => update({ maxAgeHours })} min={1} max={744} />
          </SimpleGrid>
          {invalid ? <ErrorAlert error={new ClientError('invalid_input', 'the rate form does not pass the contract')} /> : null}
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('fx:cancel')}</Button>
            <Button type="submit" loading={busy}>{t('fx:set.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
