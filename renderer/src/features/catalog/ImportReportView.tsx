import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { SEMANTIC } from '../../app/theme';
import type { ImportReport } from './catalog.actions';

/** What an import did: the counts, and each refused row with its column and why (translated, with main's detail). */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color={report.rejected === 0 ? SEMANTIC.success : report.committed ? SEMANTIC.warning : SEMANTIC.danger} role="status" data-testid="catalog-import-summary">
        {report.committed
          ? t('catalog:report.committed', { created: report.created, updated: report.updated, unchanged: report.unchanged, rejected: report.rejected, categories: report.categoriesCreated })
          : t('catalog:report.nothing', { rejected: report.rejected, rows: report.rows })}
        {report.replayed ? ` ${t('catalog:report.replayed')}` : ''}
      </Alert>
      {report.errors.length === 0 ? null : (
        <Table striped verticalSpacing="xs" data-testid="catalog-import-errors">
          <Table.Caption>{t('catalog:report.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('catalog:report.row')}</Table.Th>
              <Table.Th scope="col">{t('catalog:report.column')}</Table.Th>
              <Table.Th scope="col">{t('catalog:report.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e, i) => (
              <Table.Tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                <Table.Th scope="row" className="tb-num">{e.row}</Table.Th>
                <Table.Td>{e.column ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`catalog:rowError.${e.code}`)}</Text>
                  <Text size="xs" c="dimmed">{e.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.errorsTruncated ? <Text size="sm" c="dimmed">{t('catalog:report.truncated', { shown: report.errors.length })}</Text> : null}
    </Stack>
  );
}
