import { Autocomplete, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { SKU_PATTERN } from '../../../../shared/ipc/contract/catalog-schemas';
import type { Output } from '../../../../shared/ipc/contract';
import { api } from '../../api/client';
import { entryMinor } from '../../components/amount-entry';
import { ErrorAlert } from '../../components/ErrorAlert';
import { minorToDecimalString } from '../../lib/format-money';
import { useSubmission } from '../../lib/use-submission';
import { useSettingsStore } from '../../stores/settings.store';
import { exponentOf } from '../../components/amount-entry';
import { saveProduct } from './catalog.actions';
import type { CategoryView, ProductView } from './catalog.store';
import { taxClassChoices } from './tax-classes';

type Detail = Output<'catalog.product'>;
type Props = {
  product: ProductView | null; categories: readonly CategoryView[]; currency: string; onClose: () => void; onSaved: () => void;
};

const codesOf = (text: string) => [...new Set(text.split(/[\s|,]+/).filter((b) => b !== ''))];

/**
 * Adds or edits one product: SKU, name, category (a new name creates it), barcodes, tax class,
 * unit, active, and the price in the shop currency (prices in other currencies are kept).
 */
export function ProductDialog({ product, categories, currency, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const settings = useSettingsStore((state) => state.shown);
  const classes = taxClassChoices(settings as (typeof settings & Record<string, unknown>) | null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [sku, setSku] = useState(product?.sku ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [category, setCategory] = useState(product?.categoryName ?? '');
  const [barcodes, setBarcodes] = useState(product?.barcodes.join(' ') ?? '');
  const [taxClass, setTaxClass] = useState<string>(product?.taxClass ?? classes[0] ?? 'standard');
  const [unit, setUnit] = useState<'each' | 'weight'>(product?.unit ?? 'each');
  const [active, setActive] = useState(product?.active ?? true);
  const [price, setPrice] = useState(product?.unitPriceMinor == null ? '' : minorToDecimalString(product.unitPriceMinor, exponentOf(currency)));
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useSubmission();

  useEffect(() => {
    if (product !== null) void api.call('catalog.product', { productId: product.productId }).then(setDetail, () => setDetail(null));
  }, [product]);

  const priceMinor = price.trim() === '' ? null : entryMinor(price.trim(), currency);
  const skuOk = SKU_PATTERN.test(sku.trim());
  const nameOk = name.trim() !== '';
  const priceOk = price.trim() === '' || (priceMinor !== null && priceMinor > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || !skuOk || !nameOk || !priceOk) return;
    const known = categories.find((c) => c.name.toLowerCase() === category.trim().toLowerCase());
    const others = (detail?.prices ?? []).filter((p) => p.currency !== currency);
    await run(async () => {
      await saveProduct(api, {
        productId: product?.productId ?? newId(), sku: sku.trim(), name: name.trim(), categoryId: known?.categoryId ?? null,
        barcodes: codesOf(barcodes), taxClass, unit, active,
        prices: [...others, ...(priceMinor === null ? [] : [{ currency, unitPriceMinor: priceMinor }])],
      }, category.trim() === '' || known !== undefined ? null : category.trim());
      onSaved();
    });
  };

  return (
    <Modal
      opened onClose={onClose} title={t(product === null ? 'catalog:edit.addTitle' : 'catalog:edit.editTitle')} size="lg" lockScroll={false}
      closeButtonProps={{ 'aria-label': t('catalog:close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('catalog:fields.sku')} description={t('catalog:edit.skuHint')} required value={sku} maxLength={40}
              onChange={(e) => setSku(e.currentTarget.value)} error={checked && !skuOk ? t('catalog:edit.skuInvalid') : null} data-autofocus />
            <TextInput label={t('catalog:fields.name')} required value={name} maxLength={120}
              onChange={(e) => setName(e.currentTarget.value)} error={checked && !nameOk ? t('catalog:edit.nameRequired') : null} />
          </Group>
          <Group grow align="flex-start">
            <Autocomplete label={t('catalog:fields.category')} description={t('catalog:edit.categoryHint')} value={category} onChange={setCategory}
              data={categories.map((c) => c.name)} maxLength={120} />
            <TextInput label={t('catalog:fields.barcodes')} description={t('catalog:edit.barcodesHint')} value={barcodes}
              onChange={(e) => setBarcodes(e.currentTarget.value)} />
          </Group>
          <Group grow align="flex-start">
            <Select label={t('catalog:fields.taxClass')} data={classes.map((c) => ({ value: c, label: t(`catalog:taxClass.${c}`, { defaultValue: c }) }))}
              value={taxClass} onChange={(v) => setTaxClass(v ?? taxClass)} allowDeselect={false} />
            <TextInput label={t('catalog:fields.price', { currency })} description={t('catalog:edit.priceHint')} value={price} inputMode="decimal"
              onChange={(e) => setPrice(e.currentTarget.value)} error={checked && !priceOk ? t('catalog:edit.priceInvalid') : null} />
          </Group>
          <SegmentedControl
            aria-label={t('catalog:fields.unit')} value={unit} onChange={(v) => setUnit(v === 'weight' ? 'weight' : 'each')}
            data={[{ value: 'each', label: t('catalog:unit.each') }, { value: 'weight', label: t('catalog:unit.weight') }]}
          />
          <Checkbox label={t('catalog:fields.activeLong')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('catalog:cancel')}</Button>
            <Button type="submit" loading={busy}>{t('catalog:edit.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
