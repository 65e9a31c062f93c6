import { Button, Group, Loader, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCatalogStore } from './catalog.store';
import type { ProductView } from './catalog.store';
import { addToCart, loadCategories, searchCatalog } from './sell.actions';
import { useMoney } from './sell-format';

const SEARCH_DELAY_MS = 150;

const ProductTile = memo(function ProductTile({ product }: { product: ProductView }) {
  const { t } = useTranslation();
  const money = useMoney();
  const price = product.unitPriceMinor === null ? t('sell:catalog.noPrice') : money(product.unitPriceMinor, product.currency);
  return (
    <UnstyledButton
      className="tb-sell-tile"
      disabled={product.unitPriceMinor === null}
      onClick={() => void addToCart(api, product)}
      data-testid="product-tile"
    >
      <Text fw={600} lineClamp={2}>{product.name}</Text>
      <Text size="sm" c="dimmed">{product.sku}</Text>
      <Text fw={700} className="tb-num" mt="auto">{price}</Text>
    </UnstyledButton>
  );
});

/**
 * The catalog side of the Sell screen: category buttons, a search (name, SKU or barcode, through
 * catalog.search; typing waits SEARCH_DELAY_MS) and the products as large tiles. A tile adds one.
 */
export function CatalogPane() {
  const { t } = useTranslation();
  const categories = useCatalogStore((s) => s.categories);
  const categoryId = useCatalogStore((s) => s.categoryId);
  const query = useCatalogStore((s) => s.query);
  const items = useCatalogStore((s) => s.items);
  const searching = useCatalogStore((s) => s.searching);
  const error = useCatalogStore((s) => s.error);

  useEffect(() => {
    void loadCategories(api);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void searchCatalog(api), query === '' ? 0 : SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, categoryId]);

  const pick = (id: string | null) => useCatalogStore.getState().pick(id);
  const categoryButton = (id: string | null, label: string) => (
    <Button key={id ?? 'all'} h={48} variant={categoryId === id ? 'filled' : 'default'} aria-pressed={categoryId === id} onClick={() => pick(id)}>
      {label}
    </Button>
  );

  return (
    <Stack gap="sm" className="tb-sell-catalog" component="section" aria-labelledby="sell-catalog-title">
      <Title order={2} size="h3" id="sell-catalog-title">{t('sell:catalog.label')}</Title>
      <TextInput
        label={t('sell:catalog.search')}
        description={t('sell:catalog.searchHint')}
        value={query}
        onChange={(event) => useCatalogStore.getState().typed(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        type="search"
        rightSection={searching ? <Loader size="xs" /> : null}
        data-testid="catalog-search"
      />
      <Group gap="xs" role="group" aria-label={t('sell:catalog.categories')}>
        {categoryButton(null, t('sell:catalog.all'))}
        {(categories ?? []).map((category) => categoryButton(category.categoryId, category.name))}
      </Group>
      {error === null ? null : <ErrorAlert error={error} />}
      {items !== null && items.length === 0 ? <Text c="dimmed" py="lg">{t('sell:catalog.empty')}</Text> : null}
      <div className="tb-sell-grid" data-testid="product-grid">
        {(items ?? []).map((product) => <ProductTile key={product.productId} product={product} />)}
      </div>
    </Stack>
  );
}
