import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';

/**
 * An amount the core computed, formatted for the locale: tabular figures, and a negative one
 * with its minus sign and the danger colour (ui.md §2: never parentheses alone).
 */
export function Amount({ minor, currency, strong = false, testId }: { minor: number; currency: string; strong?: boolean; testId?: string }) {
  const { i18n } = useTranslation();
  return (
    <Text span inherit className="tb-num" {...(strong ? { fw: 700 } : {})} {...(minor < 0 ? { c: SEMANTIC.danger } : {})} data-testid={testId}>
      {formatMoney(minor, currency, currentLocale(i18n))}
    </Text>
  );
}

export type FigureRow = { readonly label: string; readonly value: ReactNode; readonly strong?: boolean; readonly testId?: string };

/** Label and figure pairs, figures right-aligned in one column (read in pairs by screen readers). */
export function FigureTable({ caption, rows }: { caption: string; rows: readonly FigureRow[] }) {
  return (
    <Table verticalSpacing={6} withRowBorders captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={row.strong === true ? 700 : 500}>{row.label}</Table.Th>
            <Table.Td ta="right" className="tb-num" fw={row.strong === true ? 700 : undefined} data-testid={row.testId}>{row.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
