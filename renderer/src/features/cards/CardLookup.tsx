import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { parseWalletAddress } from '../../../../shared/domain/wallet-address';
import { api } from '../../api/client';
import { LabelledSegmented } from '../../components/LabelledSegmented';
import { useWedgeScan } from '../../components/wedge-scan';
import { lookupByWallet, lookupCards } from './cards.actions';
import { useCardsStore } from './cards.store';
import { WalletAddressInput } from '../../components/WalletAddressInput';

type Mode = 'number' | 'wallet' | 'last4';

/**
 * Finding a card: a reader's swipe or scan anywhere on the screen (sent raw; main parses track 1
 * and 2; a scanned wallet QR lists that wallet's cards), a typed number, a wallet address (typed or scanned from its QR; its check symbol is
 * checked here first), or the last 4 digits and the holder's name. The typed number is cleared
 * as soon as it is sent.
 */
export function CardLookup() {
  const { t } = useTranslation();
  const searching = useCardsStore((state) => state.searching);
  const [mode, setMode] = useState<Mode>('number');
  const [pan, setPan] = useState('');
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState(false);
  const [last4, setLast4] = useState('');
  const [name, setName] = useState('');

  // A wallet's QR read by a 2-D scanner is 12 symbols with a valid check symbol (a card's track
  // is 13 digits or more): its cards are listed; anything else goes to main as a card scan.
  useWedgeScan((raw) => {
    const wallet = parseWalletAddress(raw);
    void (wallet.ok ? lookupByWallet(api, wallet.value) : lookupCards(api, { by: 'scan', scannedPan: raw }));
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'number' && pan.trim() !== '') {
      const typed = pan;
      setPan('');
      void lookupCards(api, { by: 'pan', pan: typed.trim() });
    } else if (mode === 'wallet') {
      const parsed = parseWalletAddress(address);
      setAddressError(!parsed.ok);
      if (parsed.ok) void lookupByWallet(api, parsed.value);
    } else if (mode === 'last4' && /^[0-9]{4}$/.test(last4) && name.trim() !== '') {
      void lookupCards(api, { by: 'last4', last4, name: name.trim() });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <LabelledSegmented<Mode>
          label={t('cards:lookup.by')}
          value={mode}
          onChange={setMode}
          data={[
            { value: 'number', label: t('cards:lookup.number') },
            { value: 'wallet', label: t('cards:lookup.wallet') },
            { value: 'last4', label: t('cards:lookup.last4') },
          ]}
        />
        {mode === 'number' ? (
          <TextInput
            label={t('cards:lookup.numberLabel')}
            description={t('cards:lookup.numberHint')}
            value={pan}
            onChange={(event) => setPan(event.currentTarget.value.replace(/[^0-9 -]/g, ''))}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            data-scan-target
          />
        ) : null}
        {mode === 'wallet' ? (
          <WalletAddressInput
            label={t('cards:lookup.walletLabel')}
            description={t('cards:lookup.walletHint')}
            value={address}
            onChange={(value) => { setAddress(value); setAddressError(false); }}
            bad={addressError}
          />
        ) : null}
        {mode === 'last4' ? (
          <Group grow align="flex-start">
            <TextInput
              label={t('cards:lookup.last4Label')}
              value={last4}
              onChange={(event) => setLast4(event.currentTarget.value.replace(/[^0-9]/g, '').slice(0, 4))}
              inputMode="numeric"
              autoComplete="off"
            />
            <TextInput label={t('cards:lookup.nameLabel')} value={name} onChange={(event) => setName(event.currentTarget.value)} autoComplete="off" />
          </Group>
        ) : null}
        <Group>
          <Button type="submit" loading={searching}>{t('cards:lookup.find')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
