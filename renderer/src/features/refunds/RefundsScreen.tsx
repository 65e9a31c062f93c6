import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { SEMANTIC } from '../../app/theme';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { PrintReceiptButton } from '../../components/receipt/PrintReceiptButton';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { useScanner } from '../sell/use-scanner';
import { RefundApprovalDialog, type ApprovalRequest } from './RefundApprovalDialog';
import { findSale } from './refunds.actions';
import { useRefundsStore } from './refunds.store';
import { approvalAmount, canVoid, findInputFor, selectAll, selectedLines, type SaleDetail } from './refund-selection';
import { RefundSlip } from './RefundSlip';
import { SaleLinesTable } from './SaleLinesTable';

function Tenders({ sale, locale }: { sale: SaleDetail; locale: string }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="xs" data-testid="refund-tenders">
      <Table.Caption>{t('refunds:tenders.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('refunds:tenders.kind')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:tenders.paid')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:tenders.refunded')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sale.tenders.map((tender) => (
          <Table.Tr key={tender.tenderId}>
            <Table.Td>{t(`refunds:tender.${tender.kind}`)} {tender.maskedCard ?? ''}</Table.Td>
            <Table.Td ta="right" className="tb-num">{formatMoney(tender.amountMinor, sale.currency, locale)}</Table.Td>
            <Table.Td ta="right" className="tb-num">{formatMoney(tender.refundedMinor, sale.currency, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SalePanel({ sale, locale }: { sale: SaleDetail; locale: string }) {
  const { t } = useTranslation();
  const { selection, select, selectMany } = useRefundsStore();
  const [request, setRequest] = useState<ApprovalRequest | null>(null);
  const lines = selectedLines(sale, selection);
  const { amountMinor, exact } = approvalAmount(sale, selection);
  return (
    <Stack gap="md">
      <Group gap="md">
        <Text fw={600} data-testid="refund-sale">{t('refunds:sale.heading', { receipt: sale.receiptNumber })}</Text>
        <Text c="dimmed">{formatDateTime(sale.completedAtMs, locale)}</Text>
        <Text className="tb-num">{t('refunds:sale.total', { amount: formatMoney(sale.totalMinor, sale.currency, locale) })}</Text>
        {sale.status === 'voided' ? <Badge color={SEMANTIC.danger} variant="light">{t('refunds:sale.voided')}</Badge> : null}
      </Group>
      <Text className="tb-num" data-testid="refund-refundable">
        {t('refunds:sale.refundable', { amount: formatMoney(sale.refundableMinor, sale.currency, locale) })}
      </Text>
      <SaleLinesTable sale={sale} selection={selection} locale={locale} onSelect={select} />
      <Tenders sale={sale} locale={locale} />
      {/* A reprint of the sale's receipt: main marks every printout after the first COPY. */}
      <Group data-testid="refund-found">
        <PrintReceiptButton receiptId={sale.saleId} />
      </Group>
      <Group>
        <Button variant="default" disabled={sale.refundableMinor === 0} onClick={() => selectMany(selectAll(sale))}>
          {t('refunds:actions.selectAll')}
        </Button>
        <Button size="lg" disabled={lines.length === 0} onClick={() => setRequest({ kind: 'refund', lines, amountMinor, exact })}>
          {lines.length === 0
            ? t('refunds:actions.refundNone')
            : t(exact ? 'refunds:actions.refund' : 'refunds:actions.refundAtMost', { amount: formatMoney(amountMinor, sale.currency, locale) })}
        </Button>
        <Button size="lg" color={SEMANTIC.danger} variant="light" disabled={!canVoid(sale)} onClick={() => setRequest({ kind: 'void' })}>
          {t('refunds:actions.void')}
        </Button>
      </Group>
      {request === null ? null : <RefundApprovalDialog sale={sale} request={request} locale={locale} onClose={() => setRequest(null)} />}
    </Stack>
  );
}

/**
 * Returns (issue 9 §5): find a sale by scanning its receipt's code or typing its number, choose
 * lines and quantities, a manager approves the refund (or the void of the whole sale), and the
 * slip is shown. Every figure is core's: refundable amounts from sales.find, totals from the refund.
 */
export function RefundsScreen() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { sale, loading, error, done } = useRefundsStore();
  const [typed, setTyped] = useState('');
  const find = (text: string) => {
    const input = findInputFor(text);
    if (input !== null) void findSale(api, input);
  };
  // A receipt's barcode/QR read by the scanner, wherever focus is (a dialog keeps its keys).
  useScanner((code) => {
    setTyped('');
    find(code);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    find(typed);
  };
  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle title={t('refunds:title')} subtitle={t('refunds:subtitle')} />
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Group align="flex-end">
            <TextInput
              label={t('refunds:find.label')}
              description={t('refunds:find.hint')}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              maxLength={64}
              w={320}
            />
            <Button type="submit" loading={loading} disabled={findInputFor(typed) === null}>{t('refunds:find.submit')}</Button>
          </Group>
        </form>
      </Paper>
      {error === null ? null : <ErrorAlert error={error} />}
      {done === null ? null : <RefundSlip done={done} locale={locale} />}
      {sale === null ? null : <SalePanel sale={sale} locale={locale} />}
    </Stack>
  );
}
