import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../lib/i18n';
import { useSubmission } from '../../lib/use-submission';
import type { Output } from '../../../../shared/ipc/contract';
import { finishDemo, loadDemoShop } from './setup.actions';

type Shop = Output<'setup.loadDemo'>;

/**
 * First run's other road (issue 9 §7): a demo shop instead of a real one. Asks once, waits while
 * the week of sales is made, then shows the staff codes and PINs: the only time they are shown.
 */
export function DemoSetup({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { busy, error, run } = useSubmission();
  const [shop, setShop] = useState<Shop | null>(null);
  const [noted, setNoted] = useState(false);

  if (shop !== null) {
    return (
      <Stack gap="md" data-testid="demo-shop">
        <Text>{t('setup:demo.made', { products: shop.products, sales: shop.sales, zReports: shop.zReports })}</Text>
        <Alert color="orange" title={t('setup:demo.onceTitle')}>
          {t('setup:demo.once')}
        </Alert>
        <Table withRowBorders verticalSpacing="xs" data-testid="demo-staff">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('setup:demo.role')}</Table.Th>
              <Table.Th scope="col">{t('setup:demo.name')}</Table.Th>
              <Table.Th scope="col">{t('setup:demo.staffCode')}</Table.Th>
              <Table.Th scope="col">{t('setup:demo.pin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shop.staff.map((person) => (
              <Table.Tr key={person.staffCode} data-testid={`demo-staff-${person.staffCode}`}>
                <Table.Td>{t(`common:roles.${person.role}`)}</Table.Td>
                <Table.Td>{person.displayName}</Table.Td>
                <Table.Td ff="monospace">{person.staffCode}</Table.Td>
                <Table.Td ff="monospace" data-testid="demo-pin">
                  {person.pin}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          {t('setup:demo.customers', { names: shop.customers.map((c) => `${c.displayName} (${c.walletAddress})`).join(' · ') })}
        </Text>
        <Checkbox checked={noted} onChange={(event) => setNoted(event.currentTarget.checked)} label={t('setup:demo.noted')} />
        {error === null ? null : <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button disabled={!noted} loading={busy} onClick={() => void run(() => finishDemo(api))}>
            {t('setup:demo.toSignIn')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" data-testid="demo-offer">
      <Text>{t('setup:demo.what')}</Text>
      <Text size="sm" c="dimmed">
        {t('setup:demo.notReal')}
      </Text>
      {busy ? (
        <Group gap="sm" role="status" aria-live="polite">
          <Loader size="sm" />
          <Text>{t('setup:demo.making')}</Text>
        </Group>
      ) : null}
      {error === null ? null : <ErrorAlert error={error} />}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('setup:actions.back')}
        </Button>
        <Button loading={busy} onClick={() => void run(async () => setShop(await loadDemoShop(api, currentLocale(i18n))))}>
          {t('setup:demo.load')}
        </Button>
      </Group>
    </Stack>
  );
}
