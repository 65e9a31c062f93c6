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
    <Text span inherit className="tb-num" {...(strong ? { fw: 700 } : {})} {...(minor < 0 ? { c: NEGATIVE_TEXT } : {})} data-testid={testId}>
      {formatMoney(minor, currency, currentLocale(i18n))}
    </Text>
  );
}

export type FigureRow = { readonly label: string; readonly value: ReactNode; readonly strong?: boolean; readonly testId?: string };

/** Label and figure pairs, figures right-aligned in one column (read in pairs by screen readers). */
export function FigureTable({ caption, rows, maw }: { caption?: string; rows: readonly FigureRow[]; maw?: number }) {
  return (
    <Table verticalSpacing={6} withRowBorders captionSide="top" {...(maw === undefined ? {} : { maw })}>
      {caption === undefined ? null : <Table.Caption>{caption}</Table.Caption>}
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

/**
 * A filled button for a destructive step (close the shift): the theme's darkest red, so white
 * text on it passes WCAG AA (the default shade measures 3.8:1).
 */
export const DANGER_FILLED = `${SEMANTIC.danger}.9`;

/**
 * Text of a negative amount: the theme's error colour, which the theme darkens (light) and
 * lightens (dark) to pass WCAG AA; the plain red shade measures 3.8:1 on white.
 */
export const NEGATIVE_TEXT = 'var(--mantine-color-error)';
