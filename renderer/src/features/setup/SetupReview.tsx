import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { currencyOptions } from '../../lib/currency-options';
import { currentLocale } from '../../lib/i18n';
import type { SetupForm } from './setup-form';

/** Step 3: what will be sent, secret hidden. */
export function SetupReview({ form }: { form: SetupForm }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const currency = currencyOptions(locale).find((option) => option.code === form.currency);
  const rows: readonly [string, string][] = [
    [t('setup:fields.merchantName'), form.merchantName.trim()],
    [t('setup:fields.terminalName'), form.terminalName.trim()],
    [
      t('setup:fields.currency'),
      currency === undefined ? form.currency : t('setup:fields.currencyOption', { code: currency.code, name: currency.name }),
    ],
    [t('setup:fields.locale'), t(`common:languages.${locale}`)],
    [t('setup:fields.taxProfile'), t('setup:fields.taxNone')],
    [t('setup:fields.ownerName'), form.ownerName.trim()],
    [t('setup:fields.staffCode'), form.staffCode.trim()],
    [
      t('setup:fields.secretKind'),
      t(form.secretKind === 'pin' ? 'setup:fields.kindPin' : 'setup:fields.kindPassword'),
    ],
    [t(form.secretKind === 'pin' ? 'setup:fields.pin' : 'setup:fields.password'), t('setup:review.secretSet')],
  ];
  return (
    <Stack gap="sm">
      <Text>{t('setup:review.intro')}</Text>
      <Table withRowBorders verticalSpacing="xs">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="40%">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
