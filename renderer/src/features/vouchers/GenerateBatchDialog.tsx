import { Button, Checkbox, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { VOUCHER_BATCH_MAX } from '../../../../shared/domain/state/vouchers';
import type { Output } from '../../../../shared/ipc/contract';
import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { CurrencySelect } from '../../components/CurrencySelect';
import { downloadCsv } from '../../components/csv';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconAlert } from '../../components/Icons';
import { PrintSheet, useSheetPrint } from '../../components/PrintSheet';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import { useSettingsStore } from '../../stores/settings.store';
import { dayEndMs } from '../cards/statement';
import { voucherBatchCsv, voucherCsvName } from './voucher-csv';
import { generateBatch } from './vouchers.actions';

type Generated = Output<'vouchers.generateBatch'>;

/**
 * A manager generates a batch; its clear codes are shown once as a printable sheet and a CSV,
 * and forgotten when the manager confirms they are printed or saved (the dialog cannot be
 * dismissed before that).
 */
export function GenerateBatchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const sheet = useSheetPrint();
  const shopCurrency = useSettingsStore((state) => state.shown?.currency) ?? 'EUR';
  const [currency, setCurrency] = useState<string | null>(null);
  const [face, setFace] = useState('');
  const [count, setCount] = useState<number | string>(10);
  const [expires, setExpires] = useState('');
  const [batchId, setBatchId] = useState(newId);
  const [generated, setGenerated] = useState<Generated | null>(null);
  const [kept, setKept] = useState(false);
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useSubmission();
  const cur = currency ?? shopCurrency;
  const faceMinor = entryMinor(face, cur);
  const n = Number(count);
  const countOk = Number.isInteger(n) && n >= 1 && n <= VOUCHER_BATCH_MAX;

  const close = () => {
    if (generated !== null) return; // only the confirmation leaves the one-time codes
    setFace('');
    setCount(10);
    setExpires('');
    setChecked(false);
    setBatchId(newId());
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || faceMinor === null || faceMinor <= 0 || !countOk) return;
    const expiresAtMs = dayEndMs(expires);
    await run(async () => {
      setGenerated(await generateBatch(api, { batchId, currency: cur, faceValueMinor: faceMinor, count: n, ...(expiresAtMs === undefined ? {} : { expiresAtMs }) }));
    });
  };

  const done = () => {
    setGenerated(null); // the clear codes leave memory here
    setKept(false);
    setBatchId(newId());
    setFace('');
    setChecked(false);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('vouchers:generate.title')}
      size="xl"
      withCloseButton={generated === null}
      closeOnEscape={generated === null}
      closeOnClickOutside={generated === null}
      closeButtonProps={{ 'aria-label': t('vouchers:close') }}
      // react-remove-scroll would inject a <style> without the CSP nonce (refused by style-src)
      lockScroll={false}
    >
      {generated === null ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={2}>
              <CurrencySelect label={t('vouchers:generate.currency')} value={cur} onChange={setCurrency} />
              <NumberInput
                label={t('vouchers:generate.count')}
                description={t('vouchers:generate.countHint', { max: VOUCHER_BATCH_MAX })}
                value={count}
                onChange={setCount}
                min={1}
                max={VOUCHER_BATCH_MAX}
                allowDecimal={false}
                error={checked && !countOk ? t('vouchers:generate.countInvalid', { max: VOUCHER_BATCH_MAX }) : undefined}
              />
            </SimpleGrid>
            <TextInput type="date" label={t('vouchers:generate.expires')} description={t('vouchers:generate.expiresHint')} value={expires} onChange={(event) => setExpires(event.currentTarget.value)} />
            <AmountKeypad
              label={t('vouchers:generate.face')}
              currency={cur}
              value={face}
              onChange={setFace}
              error={checked && (faceMinor === null || faceMinor <= 0) ? t('vouchers:generate.faceRequired') : undefined}
              testId="voucher-face"
            />
            {error === null ? null : <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('vouchers:cancel')}</Button>
              <Button type="submit" loading={busy}>{t('vouchers:generate.submit')}</Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Group gap="xs" wrap="nowrap"><IconAlert /><Text size="sm" fw={500}>{t('vouchers:generate.onceWarning')}</Text></Group>
          <Group>
            <Button variant="default" onClick={sheet.print}>{t('vouchers:generate.print')}</Button>
            <Button variant="default" onClick={() => downloadCsv(voucherCsvName(generated.batch.batchId), voucherBatchCsv(generated))}>{t('vouchers:generate.csv')}</Button>
          </Group>
          {sheet.error === null ? null : <ErrorAlert error={sheet.error} />}
          <PrintSheet testId="voucher-sheet">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('vouchers:generate.sheetTitle', { face: formatMoney(generated.batch.faceValueMinor, generated.batch.currency, locale), count: generated.vouchers.length })}
              </Title>
              {generated.batch.expiresAtMs === null ? null : (
                <Text size="sm">{t('vouchers:generate.sheetExpires', { time: formatDateTime(generated.batch.expiresAtMs, locale) })}</Text>
              )}
              <Table verticalSpacing={4} data-testid="voucher-codes">
                <Table.Caption>{t('vouchers:generate.codesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('vouchers:generate.serial')}</Table.Th>
                    <Table.Th scope="col">{t('vouchers:generate.code')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {generated.vouchers.map((v) => (
                    <Table.Tr key={v.voucherId}>
                      <Table.Td className="tb-num">{v.serial}</Table.Td>
                      <Table.Td ff="monospace" fw={600} data-testid="voucher-code">{v.code}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </PrintSheet>
          <Checkbox label={t('vouchers:generate.kept')} checked={kept} onChange={(event) => setKept(event.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button disabled={!kept} onClick={done}>{t('vouchers:done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
