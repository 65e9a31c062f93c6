import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import type { ProductView } from './catalog.store';

/** The products of the last search, with their price in the shop currency. */
export function ProductTable({ items, currency, onEdit }: { items: readonly ProductView[]; currency: string; onEdit: (p: ProductView) => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  if (items.length === 0) return <Text c="dimmed" data-testid="catalog-empty">{t('catalog:list.empty')}</Text>;
  return (
    <Table striped verticalSpacing="xs" data-testid="catalog-list">
      <Table.Caption>{t('catalog:list.caption', { n: items.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('catalog:fields.sku')}</Table.Th>
          <Table.Th scope="col">{t('catalog:fields.name')}</Table.Th>
          <Table.Th scope="col">{t('catalog:fields.category')}</Table.Th>
          <Table.Th scope="col">{t('catalog:fields.barcodes')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('catalog:fields.price', { currency })}</Table.Th>
          <Table.Th scope="col">{t('catalog:fields.active')}</Table.Th>
          <Table.Th scope="col"><VisuallyHidden>{t('catalog:list.actions')}</VisuallyHidden></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => (
          <Table.Tr key={p.productId}>
            <Table.Td className="tb-num">{p.sku}</Table.Td>
            <Table.Th scope="row" fw={500}>{p.name}</Table.Th>
            <Table.Td>{p.categoryName ?? '—'}</Table.Td>
            <Table.Td className="tb-num">{p.barcodes.join(', ')}</Table.Td>
            <Table.Td ta="right" className="tb-num">{p.unitPriceMinor === null ? '—' : formatMoney(p.unitPriceMinor, currency, locale)}</Table.Td>
            <Table.Td>
              <Badge color={p.active ? SEMANTIC.success : SEMANTIC.warning} variant="light" tt="none">
                {t(p.active ? 'catalog:list.active' : 'catalog:list.inactive')}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" onClick={() => onEdit(p)} aria-label={t('catalog:list.editNamed', { name: p.name })}>
                {t('catalog:list.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
