import { Button, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { DetailCard } from '../../components/DetailCard';
import { downloadCsv } from '../../components/csv';
import { currentLocale } from '../../lib/i18n';
import { NEGATIVE_TEXT } from '../shifts/Figures';
import { cellText, reportCsv } from './report-columns';
import type { ReportSpec } from './report-columns';

type Props<R> = {
  title: string;
  hint?: string;
  spec: ReportSpec<R>;
  rows: readonly R[];
  /** The CSV's file name. */
  fileName: string;
  testId: string;
  /** A chart above the table (tender, category). */
  chart?: ReactNode;
};

const NUMERIC = new Set(['count', 'money', 'milli', 'rate']);

/** Rows drawn on screen; the CSV always has every row the core returned. */
export const SCREEN_ROWS_MAX = 200;

/**
 * A report's table with its CSV export: the file is built from the same rows and columns as the
 * table (the integers the core returned), in the browser, and handed over as a Blob download.
 */
export function ReportTable<R>({ title, hint, spec, rows, fileName, testId, chart }: Props<R>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <DetailCard title={title} {...(hint === undefined ? {} : { hint })}>
      <Group justify="flex-end">
        <Button variant="default" size="xs" disabled={rows.length === 0} onClick={() => downloadCsv(fileName, reportCsv(spec, rows))}>
          {t('reports:exportCsv', { what: title })}
        </Button>
      </Group>
      {chart}
      {rows.length === 0 ? (
        <Text c="dimmed" data-testid={`${testId}-empty`}>{t('reports:noData')}</Text>
      ) : (
        <Table striped verticalSpacing={6} data-testid={testId} aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              {spec.columns.map((column) => (
                <Table.Th key={column.csv} scope="col" ta={NUMERIC.has(column.kind) ? 'right' : undefined}>{t(column.labelKey)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SCREEN_ROWS_MAX).map((row) => (
              <Table.Tr key={spec.keyOf(row)} data-testid={`${testId}-row`}>
                {spec.columns.map((column, index) => {
                  const value = column.value(row);
                  const text = cellText(column.kind, value, spec.currencyOf(row), locale);
                  const numeric = NUMERIC.has(column.kind);
                  // a negative amount: its minus sign and the danger colour (ui.md §2)
                  const negative = column.kind === 'money' && typeof value === 'number' && value < 0 ? { c: NEGATIVE_TEXT } : {};
                  return index === 0 ? (
                    <Table.Th key={column.csv} scope="row" fw={500}>{text}</Table.Th>
                  ) : (
                    <Table.Td key={column.csv} ta={numeric ? 'right' : undefined} className={numeric ? 'tb-num' : undefined} {...negative}>{text}</Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > SCREEN_ROWS_MAX ? <Text size="sm" c="dimmed">{t('reports:shownOf', { shown: SCREEN_ROWS_MAX, count: rows.length })}</Text> : null}
    </DetailCard>
  );
}
