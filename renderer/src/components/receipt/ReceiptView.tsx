import { Badge, Box, Divider, Group, Paper, Stack, Table, Text, useMantineTheme } from '@mantine/core';
import { useCallback, useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

import type { Receipt } from '../../../../shared/domain/sales/receipt';
import { SEMANTIC } from '../../app/theme';
import { currentLocale } from '../../lib/i18n';
import { qrShape } from '../qr-matrix';
import { receiptViewModel, type ReceiptTenderView, type ReceiptViewModel, type TaxClassName } from './receipt-view-model';

import '../print-sheet.css';
import './receipt.css';

type Props = {
  receipt: Receipt;
  /**
   * Also render the copy that `window.print()` / the shell's print puts on paper (default false:
   * `PrintReceiptButton` brings its own copy, fetched as a printout so reprints say COPY).
   */
  printable?: boolean;
};

function Row({ label, value, strong, indent }: { label: ReactNode; value: ReactNode; strong?: boolean; indent?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" pl={indent === true ? 'md' : 0}>
      <Text size="sm" fw={strong === true ? 700 : 400} className="tb-receipt-label">{label}</Text>
      <Text size="sm" fw={strong === true ? 700 : 400} className="tb-num tb-receipt-value" ta="right">{value}</Text>
    </Group>
  );
}

function CodeQr({ code }: { code: string }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const shape = useMemo(() => qrShape(code), [code]);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg" role="img" aria-label={t('receipt:code', { code })}
      width={132} height={132} viewBox={`0 0 ${shape.side} ${shape.side}`} shapeRendering="crispEdges" data-testid="receipt-qr"
    >
      <rect x={0} y={0} width={shape.side} height={shape.side} fill={theme.white} />
      {shape.runs.map((run) => <rect key={`${run.y}:${run.x}`} x={run.x} y={run.y} width={run.width} height={1} fill={theme.black} />)}
    </svg>
  );
}

function Header({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="center">
      <Text fw={700} size="lg" ta="center">{vm.merchant.name}</Text>
      {vm.merchant.address === undefined ? null : <Text size="sm" ta="center">{vm.merchant.address}</Text>}
      {vm.merchant.taxId === undefined ? null : <Text size="sm" ta="center">{t('receipt:taxId', { taxId: vm.merchant.taxId })}</Text>}
      <Text fw={700} mt={4}>{t(`receipt:title.${vm.kind}`)}</Text>
      {vm.copy ? <Badge variant="outline" color={SEMANTIC.danger} size="lg" data-testid="receipt-copy">{t('receipt:copy')}</Badge> : null}
    </Stack>
  );
}

function Facts({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Row label={t('receipt:number')} value={<span data-testid="receipt-number-value">{vm.number}</span>} />
      {vm.originalNumber === null ? null : <Row label={t('receipt:originalNumber')} value={vm.originalNumber} />}
      <Row label={t('receipt:time')} value={vm.time} />
      <Row label={t('receipt:terminal')} value={vm.terminal} />
      <Row label={t('receipt:staff')} value={vm.staff} />
    </Stack>
  );
}

function Lines({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={2} horizontalSpacing={0} withRowBorders={false} captionSide="top" data-testid="receipt-lines">
      <Table.Caption className="tb-receipt-sr">{t('receipt:lines.caption')}</Table.Caption>
      <Table.Thead className="tb-receipt-sr">
        <Table.Tr><Table.Th>{t('receipt:lines.item')}</Table.Th><Table.Th ta="right">{t('receipt:lines.amount')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vm.lines.map((line, i) => (
          <Table.Tr key={i}>
            <Table.Td>
              <Text size="sm">{line.name}</Text>
              {line.quantity === null ? null : <Text size="xs" c="dimmed" className="tb-num">{t('receipt:lines.quantity', line.quantity)}</Text>}
              {line.discount === null ? null : <Text size="xs" c="dimmed" className="tb-num">{t('receipt:lines.discount')} {line.discount}</Text>}
            </Table.Td>
            <Table.Td ta="right" className="tb-num tb-receipt-amount"><Text size="sm" span className="tb-num">{line.amount}</Text> {line.taxLabel}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Totals({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Row label={t('receipt:subtotal')} value={vm.subtotal} />
      {vm.discount === null ? null : <Row label={t('receipt:discount')} value={vm.discount} />}
      <Row strong label={t(vm.kind === 'sale' ? 'receipt:total' : 'receipt:refundTotal')} value={<span data-testid="receipt-total">{vm.total}</span>} />
      {vm.cashRounding === null ? null : <Row label={t('receipt:cashRounding')} value={vm.cashRounding} />}
    </Stack>
  );
}

function Taxes({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  if (vm.taxes.length === 0) return null;
  return (
    <Table verticalSpacing={0} horizontalSpacing={4} withRowBorders={false} captionSide="top" fz="xs">
      <Table.Caption className="tb-receipt-sr">{t('receipt:taxes.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr><Table.Th>{t('receipt:taxes.rate')}</Table.Th><Table.Th ta="right">{t('receipt:taxes.net')}</Table.Th><Table.Th ta="right">{t('receipt:taxes.tax')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vm.taxes.map((x) => (
          <Table.Tr key={`${x.label}:${x.rate}`}>
            <Table.Td>{x.rate === '' ? x.label : `${x.label} ${x.rate}`}</Table.Td><Table.Td ta="right" className="tb-num">{x.net}</Table.Td><Table.Td ta="right" className="tb-num">{x.tax}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function TenderRows({ tender }: { tender: ReceiptTenderView }) {
  const { t } = useTranslation();
  const name = tender.provider === null ? t(`receipt:tender.${tender.kind}`) : t(`receipt:provider.${tender.provider}`);
  return (
    <>
      <Row label={tender.maskedCard === null ? name : `${name} ${tender.maskedCard}`} value={tender.amount} />
      {tender.approvalCode === null ? null : <Row indent label={t('receipt:approvalCode')} value={tender.approvalCode} />}
      {tender.reference === null ? null : <Row indent label={t('receipt:reference')} value={tender.reference} />}
      {tender.balance === null ? null : <Row indent label={t('receipt:balance')} value={tender.balance} />}
    </>
  );
}

function Tenders({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  if (vm.tenders.length === 0) return null;
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{t(vm.kind === 'sale' ? 'receipt:paidWith' : 'receipt:refundedTo')}</Text>
      {vm.tenders.map((tender, i) => <TenderRows key={i} tender={tender} />)}
      {vm.change === null ? null : <Row strong label={t('receipt:change')} value={<span data-testid="receipt-change">{vm.change}</span>} />}
    </Stack>
  );
}

/** The receipt itself, as the screen and the paper show it. */
function ReceiptBody({ vm }: { vm: ReceiptViewModel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" className="tb-receipt">
      <Header vm={vm} />
      <Divider />
      <Facts vm={vm} />
      <Divider variant="dashed" />
      <Lines vm={vm} />
      <Divider variant="dashed" />
      <Totals vm={vm} />
      <Taxes vm={vm} />
      <Divider variant="dashed" />
      <Tenders vm={vm} />
      <Stack gap={2} align="center" mt="xs">
        <CodeQr code={vm.code} />
        <Text size="xs" ff="monospace">{vm.code}</Text>
        {vm.copy ? <Text fw={700}>{t('receipt:copy')}</Text> : null}
        <Text size="sm">{t('receipt:thanks')}</Text>
      </Stack>
    </Stack>
  );
}

/**
 * The on-screen receipt (issue 9 §4): exactly the model SALES built, formatted for the screen's
 * language; a reprint carries the COPY mark. With `printable`, a second copy sits straight under
 * <body>, hidden on screen: it is what `window.print()` (browser mode) and the shell's
 * webContents.print (Electron) put on paper, at receipt width (receipt.css). To print a sale's
 * receipt, prefer `PrintReceiptButton`, which fetches it as a printout (COPY from the second on).
 */
/** The shipped tax classes as Settings names them; another class keeps the receipt's own label. */
function useTaxClassName(): TaxClassName {
  const { t, i18n } = useTranslation();
  return useCallback((code: string) => (i18n.exists(`settings:taxClasses.${code}`) ? t(`settings:taxClasses.${code}` as never) : undefined), [t, i18n]);
}

export function ReceiptView({ receipt, printable = false }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const className = useTaxClassName();
  const vm = useMemo(() => receiptViewModel(receipt, locale, className), [receipt, locale, className]);
  return (
    <>
      <Paper withBorder p="md" radius="sm" maw={400} role="region" aria-label={t('receipt:region', { number: vm.number })} data-testid="receipt-view">
        <ReceiptBody vm={vm} />
      </Paper>
      {printable ? <ReceiptPrintCopy receipt={receipt} /> : null}
    </>
  );
}

/** The paper copy alone: straight under <body>, hidden on screen, the only thing print media shows. */
export function ReceiptPrintCopy({ receipt }: { receipt: Receipt }) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const className = useTaxClassName();
  const vm = useMemo(() => receiptViewModel(receipt, locale, className), [receipt, locale, className]);
  return createPortal(<Box className="tb-print-root tb-receipt-paper" aria-hidden="true"><ReceiptBody vm={vm} /></Box>, document.body);
}

