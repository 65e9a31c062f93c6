import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import type { CardProgram } from './cards.store';

/** The card programs: BIN, number length, term, currency and the main limits their cards start with. */
export function ProgramsTable({ programs }: { programs: readonly CardProgram[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  if (programs.length === 0) return <Text c="dimmed">{t('cards:programs.none')}</Text>;
  const limit = (minor: number | null, currency: string) => (minor === null ? t('cards:programs.noLimit') : formatMoney(minor, currency, locale));
  return (
    <Table verticalSpacing="xs" data-testid="programs-table">
      <Table.Caption>{t('cards:programs.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('cards:programs.name')}</Table.Th>
          <Table.Th scope="col">{t('cards:programs.bin')}</Table.Th>
          <Table.Th scope="col">{t('cards:programs.length')}</Table.Th>
          <Table.Th scope="col">{t('cards:programs.term')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('cards:programs.perTransaction')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('cards:programs.maxBalance')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {programs.map((program) => (
          <Table.Tr key={program.id}>
            <Table.Th scope="row">{t('cards:programs.nameValue', { name: program.name, currency: program.currency })}</Table.Th>
            <Table.Td ff="monospace">{program.bin}</Table.Td>
            <Table.Td className="tb-num">{program.panLength}</Table.Td>
            <Table.Td>{t('cards:programs.months', { count: program.expiryMonths })}</Table.Td>
            <Table.Td ta="right" className="tb-num">{limit(program.limits.perTransactionMinor, program.currency)}</Table.Td>
            <Table.Td ta="right" className="tb-num">{limit(program.limits.maxBalanceMinor, program.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
