import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatMoney, minorToDecimalString } from '../../lib/format-money';
import { parseQuantity, type SaleDetail, type SaleLine, type Selection } from './refund-selection';

const quantityText = (quantityMilli: number, locale: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(Number(minorToDecimalString(quantityMilli, 3)));

type Props = {
  sale: SaleDetail;
  selection: Selection;
  locale: string;
  onSelect: (lineId: string, quantityMilli: number) => void;
};

/** One line: sold, refunded, still refundable (core's figures), and what to give back now. */
function LineRow({ sale, line, chosen, locale, onSelect }: { sale: SaleDetail; line: SaleLine; chosen: number; locale: string; onSelect: Props['onSelect'] }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const refundable = line.refundableQuantityMilli;
  const disabled = refundable === 0 || sale.status !== 'completed';
  const invalid = typed !== null && parseQuantity(typed, refundable) === null;
  return (
    <Table.Tr data-testid={`refund-line-${line.sku}`}>
      <Table.Td>
        <Checkbox
          aria-label={t('refunds:lines.pick', { name: line.name })}
          checked={chosen > 0}
          disabled={disabled}
          onChange={(event) => {
            setTyped(null);
            onSelect(line.lineId, event.currentTarget.checked ? refundable : 0);
          }}
        />
      </Table.Td>
      <Table.Td>
        <Text>{line.name}</Text>
        <Text size="xs" c="dimmed">{line.sku}</Text>
      </Table.Td>
      <Table.Td ta="right" className="tb-num">{quantityText(line.quantityMilli, locale)}</Table.Td>
      <Table.Td ta="right" className="tb-num">{quantityText(line.refundedQuantityMilli, locale)}</Table.Td>
      <Table.Td ta="right" className="tb-num">{formatMoney(line.totalMinor, sale.currency, locale)}</Table.Td>
      <Table.Td ta="right" className="tb-num">{formatMoney(line.refundableMinor, sale.currency, locale)}</Table.Td>
      <Table.Td w={120}>
        <TextInput
          aria-label={t('refunds:lines.quantityOf', { name: line.name, max: quantityText(refundable, locale) })}
          value={typed ?? (chosen > 0 ? quantityText(chosen, 'en') : '')}
          placeholder="0"
          disabled={disabled}
          inputMode="decimal"
          error={invalid ? t('refunds:lines.quantityInvalid', { max: quantityText(refundable, locale) }) : undefined}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTyped(value);
            const milli = value.trim() === '' ? 0 : parseQuantity(value, refundable);
            if (milli !== null) onSelect(line.lineId, milli);
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** The sale's lines with their refundable quantities; the cashier picks lines and quantities. */
export function SaleLinesTable({ sale, selection, locale, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="sm" striped data-testid="refund-lines">
      <Table.Caption>{t('refunds:lines.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('refunds:lines.refund')}</Table.Th>
          <Table.Th scope="col">{t('refunds:lines.item')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:lines.sold')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:lines.refunded')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:lines.paid')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('refunds:lines.refundable')}</Table.Th>
          <Table.Th scope="col">{t('refunds:lines.quantity')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sale.lines.map((line) => (
          <LineRow key={line.lineId} sale={sale} line={line} chosen={selection[line.lineId] ?? 0} locale={locale} onSelect={onSelect} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
