import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Output } from '../../../../shared/ipc/contract';
import { IconAlert } from '../../components/Icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintSheet, useSheetPrint } from '../../components/PrintSheet';
import { WalletQr } from '../../components/WalletQr';
import { formatExpiry, groupPan } from './card-format';

export type IssuedCard = Output<'cards.issue'>;
export type CardWallet = { readonly address: string; readonly addressText: string };

type Props = {
  issued: IssuedCard;
  wallet: CardWallet | null;
  /** The staff member confirmed the customer has the details: the parent forgets them. */
  onHandedOver: () => void;
};

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={28} fw={700} ff="monospace" className="tb-num" data-testid={testId}>{value}</Text>
    </Stack>
  );
}

/**
 * The one-time display of a new card (ui.md §4): number, expiry and security code, large, with a
 * printable sheet (and the wallet's QR), until "handed over" is confirmed. The parent holds the
 * issuance answer in component state and drops it on `onHandedOver`; nothing shows it again.
 */
export function OneTimeCard({ issued, wallet, onHandedOver }: Props) {
  const { t } = useTranslation();
  const sheet = useSheetPrint();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <Stack gap="md">
      <Group gap="xs" wrap="nowrap">
        <IconAlert />
        <Text size="sm" fw={500}>{t('cards:issue.onceWarning')}</Text>
      </Group>
      <PrintSheet testId="card-sheet">
        <Stack gap="md">
          <Title order={2} size="h4">{t('cards:issue.sheetTitle', { name: issued.card.holderName })}</Title>
          <Group align="flex-start" justify="space-between" wrap="wrap" gap="lg">
            <Stack gap="md">
              <Figure label={t('cards:issue.pan')} value={groupPan(issued.pan)} testId="issued-pan" />
              <SimpleGrid cols={2} spacing="xl">
                <Figure label={t('cards:issue.expiry')} value={formatExpiry(issued.expMonth, issued.expYear)} testId="issued-expiry" />
                <Figure label={t('cards:issue.securityCode')} value={issued.securityCode} testId="issued-cvv" />
              </SimpleGrid>
            </Stack>
            {wallet === null ? null : <WalletQr address={wallet.address} addressText={wallet.addressText} size={144} />}
          </Group>
          <Text size="sm" c="dimmed">{t('cards:issue.sheetNote')}</Text>
        </Stack>
      </PrintSheet>
      <Group>
        <Button variant="default" onClick={sheet.print}>{t('cards:issue.print')}</Button>
      </Group>
      {sheet.error === null ? null : <ErrorAlert error={sheet.error} />}
      <Checkbox
        label={t('cards:issue.handedOver')}
        checked={confirmed}
        onChange={(event) => setConfirmed(event.currentTarget.checked)}
      />
      <Group justify="flex-end">
        <Button disabled={!confirmed} onClick={onHandedOver}>{t('cards:issue.continue')}</Button>
      </Group>
    </Stack>
  );
}
