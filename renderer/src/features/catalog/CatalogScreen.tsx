import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { downloadCsv } from '../../components/csv';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconRefresh } from '../../components/Icons';
import { PageTitle } from '../../components/PageTitle';
import { useSubmission } from '../../lib/use-submission';
import { useSettingsStore } from '../../stores/settings.store';
import { exportCatalogText, loadCatalog } from './catalog.actions';
import { useCatalogStore, type ProductView } from './catalog.store';
import { ImportDialog } from './ImportDialog';
import { ProductDialog } from './ProductDialog';
import { ProductTable } from './ProductTable';

/** The manager's catalog: search the products, add or edit one, import a CSV with its row report, export the catalog. */
export function CatalogScreen() {
  const { t } = useTranslation();
  const currency = useSettingsStore((state) => state.shown?.currency) ?? 'CNY';
  const { query, items, categories, loading, error, setQuery } = useCatalogStore();
  const [editing, setEditing] = useState<ProductView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const exporting = useSubmission();
  const refresh = () => void loadCatalog(api, useCatalogStore.getState().query, currency);

  useEffect(refresh, [currency]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    refresh();
  };
  const exportAll = () => exporting.run(async () => downloadCsv('catalog.csv', await exportCatalogText(api)));

  return (
    <Stack gap="lg" maw={1200}>
      <PageTitle title={t('catalog:title')} subtitle={t('catalog:subtitle')} />
      <Group>
        <Button onClick={() => setEditing('new')}>{t('catalog:add')}</Button>
        <Button variant="light" onClick={() => setImporting(true)}>{t('catalog:import.open')}</Button>
        <Button variant="default" loading={exporting.busy} onClick={() => void exportAll()}>{t('catalog:export')}</Button>
      </Group>
      {exporting.error === null ? null : <ErrorAlert error={exporting.error} />}
      <form onSubmit={search} role="search" aria-label={t('catalog:search.label')}>
        <Group align="flex-end">
          <TextInput
            label={t('catalog:search.label')} description={t('catalog:search.hint')} value={query} maxLength={64}
            onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1 }} data-testid="catalog-search"
          />
          <Button type="submit" variant="default" leftSection={<IconRefresh size={18} />} loading={loading}>{t('catalog:search.submit')}</Button>
        </Group>
      </form>
      {error === null ? null : <ErrorAlert error={error} />}
      {items === null ? null : <ProductTable items={items} currency={currency} onEdit={(p) => setEditing(p)} />}
      {editing === null ? null : (
        <ProductDialog
          key={editing === 'new' ? 'new' : editing.productId} product={editing === 'new' ? null : editing} categories={categories}
          currency={currency} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); refresh(); }}
        />
      )}
      <ImportDialog opened={importing} onClose={() => { setImporting(false); refresh(); }} />
    </Stack>
  );
}
