import { Anchor, Box, Center, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '../../api/client';
import { PAGE_SECRET_META, PAGE_SECRET_STORAGE_KEY } from '../../api/page-secret';
import { formatMoney } from '../../lib/format-money';
import { currentLocale } from '../../lib/i18n';
import { formatQuantity } from './display-format';
import type { DisplayState } from './display-state';
import { QrCode } from './QrCode';
import { useDisplayEvents } from './use-display-events';

/** Browser mode without this tab's display secret: the pairing was in another tab, or never. */
function paired(): boolean {
  const scope: typeof globalThis & Pick<Window, 'pos'> = globalThis;
  if (scope.pos !== undefined && scope.pos !== null) return true;
  // The pairing answer carries the secret in a meta tag, moved to sessionStorage on first use.
  if (scope.document.querySelector(`meta[name="${PAGE_SECRET_META}"]`) !== null) return true;
  try {
    return scope.sessionStorage.getItem(PAGE_SECRET_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function NotPaired() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" component="main">
      <Stack align="center" maw={560}>
        <Title order={1}>{t('display:notPaired.title')}</Title>
        <Text ta="center">{t('display:notPaired.body')}</Text>
        <Anchor href="/display/pair" size="lg">{t('display:notPaired.pair')}</Anchor>
      </Stack>
    </Center>
  );
}

function CartLines({ state, locale }: { state: DisplayState; locale: string }) {
  const { t } = useTranslation();
  const cart = state.cart;
  if (cart === null || cart.lines.length === 0) {
    return <Text size="xl" c="dimmed" data-testid="display-welcome">{t('display:welcome')}</Text>;
  }
  return (
    <Table verticalSpacing="md" fz="xl" data-testid="display-lines">
      <Table.Caption>{t('display:lines.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('display:lines.item')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('display:lines.quantity')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('display:lines.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cart.lines.map((line, index) => (
          // Lines carry no id on the display (customer-safe payload): position and name key them.
          <Table.Tr key={`${index}:${line.name}`}>
            <Table.Td>{line.name}</Table.Td>
            <Table.Td ta="right" className="tb-num">{formatQuantity(line.quantityMilli, locale)}</Table.Td>
            <Table.Td ta="right" className="tb-num">{formatMoney(line.totalMinor, cart.currency, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Totals({ state, locale }: { state: DisplayState; locale: string }) {
  const { t } = useTranslation();
  const { cart, paid, qr } = state;
  return (
    <Stack gap="xl">
      {cart === null || cart.lines.length === 0 || paid !== null ? null : (
        <Paper withBorder p="lg" aria-live="polite">
          <Text size="xl">{t('display:total')}</Text>
          <Text fz={56} fw={700} ta="right" className="tb-num" data-testid="display-total">
            {formatMoney(cart.totalMinor, cart.currency, locale)}
          </Text>
        </Paper>
      )}
      {paid === null ? null : (
        <Paper withBorder p="lg" aria-live="polite" data-testid="display-paid">
          <Text size="xl" fw={700}>{t('display:paid.thanks')}</Text>
          <Group justify="space-between">
            <Text size="lg">{t('display:paid.total')}</Text>
            <Text size="xl" className="tb-num">{formatMoney(paid.totalMinor, paid.currency, locale)}</Text>
          </Group>
          {paid.changeMinor === 0 ? null : (
            <>
              <Text size="xl" mt="md">{t('display:paid.change')}</Text>
              <Text fz={64} fw={700} ta="right" className="tb-num" data-testid="display-change">
                {formatMoney(paid.changeMinor, paid.currency, locale)}
              </Text>
            </>
          )}
        </Paper>
      )}
      {qr === null ? null : (
        <Stack align="center" gap="xs">
          <QrCode text={qr} label={t('display:qr.label')} />
          <Text size="lg">{t('display:qr.hint')}</Text>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The customer-facing screen (issue 9 §8): `/display` in browser mode after pairing, the second
 * window in Electron. It calls nothing: the display credential reads the display events only.
 */
export function CustomerDisplay() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const state = useDisplayEvents(api);
  useEffect(() => {
    // The pairing answer came to a POST: make this history entry a plain GET, so a reload works.
    if (typeof history === 'object') history.replaceState(null, '', '/display');
  }, []);
  return (
    <Box component="main" p="xl" mih="100vh">
      <Title order={1} size="h2" mb="lg">{t('display:title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {/* Boxes keep the table at its own height: a grid cell would stretch its rows. */}
        <Box>
          <CartLines state={state} locale={locale} />
        </Box>
        <Box>
          <Totals state={state} locale={locale} />
        </Box>
      </SimpleGrid>
    </Box>
  );
}

/** The display route: the screen once paired, otherwise the way to pair. */
export function DisplayRoute() {
  return paired() ? <CustomerDisplay /> : <NotPaired />;
}
