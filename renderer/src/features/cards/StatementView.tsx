import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { StatementLine } from '../../../../shared/domain/statement';
import type { ClientError } from '../../api/client';
import { collectPages, downloadCsv, ExportAborted, toCsv } from '../../components/csv';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportProgress } from '../../components/ExportProgress';
import { toClientError } from '../../lib/error-message';
import { formatDateTime } from '../../lib/format';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import {
  lineWordsKey, rangeOf, signedMinor, STATEMENT_CSV_HEADER, STATEMENT_EXPORT_MAX, STATEMENT_EXPORT_PAGE, STATEMENT_SCREEN_PAGE, statementCsvRow,
} from './statement';
import type { StatementLoader } from './statement';

type Props = {
  /** Bound to one account (a card's or a wallet currency's). */
  load: StatementLoader;
  /** The CSV file's name without extension (no card number in it: a masked label at most). */
  fileName: string;
  /** A control for a line (a refund of a payment), in a last column; none without it. */
  lineAction?: (line: StatementLine) => ReactNode;
  /** Changes when the account moved (a new balance): the first page is read again. */
  reloadKey?: string | number;
  testId?: string;
};

type Export = { rows: number; running: boolean };

/**
 * A statement: date filters, newest first a page at a time, and a CSV export of everything the
 * filters select, page by page with a progress bar that can be stopped.
 */
export function StatementView({ load, fileName, lineAction, reloadKey, testId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [lines, setLines] = useState<StatementLine[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [exporting, setExporting] = useState<Export | null>(null);
  const abort = useRef<AbortController | null>(null);

  const fetchPage = async (more: boolean) => {
    setLoading(true);
    setError(null);
    try {
      const page = await load({ ...rangeOf(from, to), ...(more && next !== null ? { beforeKey: next } : {}), limit: STATEMENT_SCREEN_PAGE });
      setLines((prev) => (more ? [...(prev ?? []), ...page.lines] : [...page.lines]));
      setNext(page.nextBeforeKey);
    } catch (caught) {
      setError(toClientError(caught));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void fetchPage(false);
    // the first page loads on mount and after a movement; changed filters apply on "Show"
  }, [reloadKey]);
  useEffect(() => () => abort.current?.abort(), []);

  const exportCsv = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setExporting({ rows: 0, running: true });
    setError(null);
    const range = rangeOf(from, to);
    try {
      const rows = await collectPages<number>(
        async (beforeKey) => {
          const page = await load({ ...range, ...(beforeKey === null ? {} : { beforeKey }), limit: STATEMENT_EXPORT_PAGE });
          return { rows: page.lines.map(statementCsvRow), next: page.nextBeforeKey };
        },
        { signal: controller.signal, maxRows: STATEMENT_EXPORT_MAX, onProgress: (count) => setExporting({ rows: count, running: true }) },
      );
      downloadCsv(`${fileName}.csv`, toCsv(STATEMENT_CSV_HEADER, rows));
      setExporting({ rows: rows.length, running: false });
    } catch (caught) {
      setExporting(null);
      if (!(caught instanceof ExportAborted)) setError(toClientError(caught));
    }
  };

  return (
    <Stack gap="sm" data-testid={testId}>
      <Group align="flex-end" gap="sm">
        <TextInput type="date" label={t('cards:statement.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
        <TextInput type="date" label={t('cards:statement.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} />
        <Button variant="default" loading={loading} onClick={() => void fetchPage(false)}>{t('cards:statement.show')}</Button>
        <Button variant="light" disabled={exporting?.running === true} onClick={() => void exportCsv()}>{t('cards:statement.export')}</Button>
      </Group>
      {exporting === null ? null : (
        <ExportProgress rows={exporting.rows} running={exporting.running} onCancel={() => abort.current?.abort()} testId="statement-export" />
      )}
      {error === null ? null : <ErrorAlert error={error} />}
      {lines === null ? (
        loading ? <Loader aria-label={t('common:loading')} /> : null
      ) : lines.length === 0 ? (
        <Text c="dimmed">{t('cards:statement.empty')}</Text>
      ) : (
        <Table striped verticalSpacing="xs" data-testid="statement-table">
          <Table.Caption>{t('cards:statement.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cards:statement.time')}</Table.Th>
              <Table.Th scope="col">{t('cards:statement.what')}</Table.Th>
              <Table.Th scope="col">{t('cards:statement.counterparty')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('cards:statement.amount')}</Table.Th>
              {lineAction === undefined ? null : <Table.Th scope="col">{t('cards:statement.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => {
              const amount = signedMinor(line);
              return (
                <Table.Tr key={line.key} data-testid="statement-line">
                  <Table.Td className="tb-num">{formatDateTime(line.atMs, locale)}</Table.Td>
                  <Table.Td>{t(lineWordsKey(line))}</Table.Td>
                  <Table.Td>{t(`cards:statement.counter.${line.counterAccountKind}`, { defaultValue: line.counterAccountKind })}</Table.Td>
                  <Table.Td ta="right" className="tb-num" fw={600} {...(amount < 0 ? { c: 'var(--mantine-color-error)' } : {})}>
                    {formatMoney(amount, line.currency, locale)}
                  </Table.Td>
                  {lineAction === undefined ? null : <Table.Td>{lineAction(line)}</Table.Td>}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {next === null || lines === null ? null : (
        <Group><Button variant="default" loading={loading} onClick={() => void fetchPage(true)}>{t('cards:statement.more')}</Button></Group>
      )}
    </Stack>
  );
}
