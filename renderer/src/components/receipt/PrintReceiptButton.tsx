import { Button, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Receipt } from '../../../../shared/domain/sales/receipt';
import { api, ClientError, isClientError } from '../../api/client';
import { ErrorAlert } from '../ErrorAlert';
import { printThisPage } from '../print-page';
import { printReceiptFlow } from './print-receipt-flow';
import { ReceiptPrintCopy } from './ReceiptView';

type Props = { receiptId: string };

/**
 * "Print receipt": fetches the receipt as a printout (COPY from the second one on), renders it as
 * the page's only print copy while it prints the page (`printThisPage`), then takes it away; a
 * failed print is said here.
 * Use it beside a `<ReceiptView printable={false}>` so one copy goes on paper.
 */
export function PrintReceiptButton({ receiptId }: Props) {
  const { t } = useTranslation();
  const [model, setModel] = useState<Receipt | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const rendered = useRef<(() => void) | null>(null);

  // The print opens once the new copy is on the page (after React commits it and the browser paints).
  useEffect(() => {
    const done = rendered.current;
    if (model === null || done === null) return;
    rendered.current = null;
    requestAnimationFrame(() => done());
  }, [model]);

  const onPrint = async () => {
    setBusy(true);
    setError(null);
    try {
      await printReceiptFlow(
        (id) => api.call('sales.receipt', { receiptId: id, print: true }),
        receiptId,
        (receipt) => new Promise<void>((resolve) => {
          rendered.current = resolve;
          setModel(receipt);
        }),
        () => printThisPage(api, window),
      );
    } catch (caught) {
      setError(isClientError(caught) ? caught : new ClientError('internal', String(caught)));
    } finally {
      // The copy leaves the page once printed: another print on this page (a refund slip's, a reprint) must not carry it along.
      rendered.current = null;
      setModel(null);
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Button variant="default" size="md" loading={busy} onClick={() => void onPrint()} data-testid="print-receipt">
        {t('receipt:print')}
      </Button>
      {error === null ? null : <ErrorAlert error={error} />}
      {model === null ? null : <ReceiptPrintCopy receipt={model} />}
    </Stack>
  );
}
