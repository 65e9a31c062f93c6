import { Paper } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

import { api, type ClientError } from '../api/client';
import { toClientError } from '../lib/error-message';
import { printThisPage } from './print-page';

import './print-sheet.css';

type Props = { children: ReactNode; testId?: string };

/**
 * A sheet to print (`useSheetPrint`): shown on screen as a bordered panel where it stands (in a
 * dialog, say), and rendered once more straight under <body>, hidden on screen, which is all the
 * print CSS lets onto paper. Both copies go when the component unmounts.
 */
export function PrintSheet({ children, testId }: Props) {
  return (
    <>
      <Paper withBorder p="lg" radius="md" data-testid={testId}>
        {children}
      </Paper>
      {createPortal(<div className="tb-print-root" aria-hidden="true">{children}</div>, document.body)}
    </>
  );
}

/** Prints the sheet(s) on screen (`printThisPage`), and keeps why the last print failed for the screen to show. */
export function useSheetPrint(): { print: () => void; error: ClientError | null } {
  const [error, setError] = useState<ClientError | null>(null);
  const print = useCallback(() => {
    setError(null);
    printThisPage(api, window).catch((caught: unknown) => setError(toClientError(caught)));
  }, []);
  return { print, error };
}
