import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { newId } from '../../../../shared/domain/ids';
import { api } from '../../api/client';
import { AmountKeypad } from '../../components/AmountKeypad';
import { entryMinor } from '../../components/amount-entry';
import { DetailCard } from '../../components/DetailCard';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../lib/use-submission';
import { openShift } from './shifts.actions';

/** No shift is open: count the drawer, enter the float on the keypad, open. */
export function OpenShiftForm({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const [float, setFloat] = useState('');
  const [checked, setChecked] = useState(false);
  // the idempotency key of this opening: a double tap or a retry opens one shift
  const [shiftId, setShiftId] = useState(newId);
  const { busy, error, run } = useSubmission();
  const floatMinor = entryMinor(float, currency);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (busy || floatMinor === null) return;
    await run(async () => {
      await openShift(api, { shiftId, floatMinor });
      setShiftId(newId());
    });
  };

  return (
    <DetailCard title={t('shifts:open.title')} hint={t('shifts:open.hint')}>
      <Text data-testid="no-shift">{t('shifts:open.none')}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md" maw={420}>
          <AmountKeypad
            label={t('shifts:open.float')}
            currency={currency}
            value={float}
            onChange={(text) => { setFloat(text); setShiftId(newId()); }}
            error={checked && floatMinor === null ? t('shifts:open.floatRequired') : undefined}
            testId="open-float"
          />
          {error === null ? null : <ErrorAlert error={error} />}
          <Group>
            <Button type="submit" size="lg" loading={busy}>{t('shifts:open.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </DetailCard>
  );
}
