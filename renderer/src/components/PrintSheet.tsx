import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';

import './print-sheet.css';

type Props = { children: ReactNode; testId?: string };

/**
 * What `printSheet()` puts on paper: everything else on the page is hidden by the print CSS, so
 * a sheet can sit inside a dialog. On screen it is an ordinary bordered panel.
 */
export function PrintSheet({ children, testId }: Props) {
  return (
    <Paper withBorder p="lg" radius="md" className="tb-print-sheet" data-testid={testId}>
      {children}
    </Paper>
  );
}

/** Opens the system print dialog for the sheet(s) on screen. */
export function printSheet(win: Pick<Window, 'print'> = window): void {
  win.print();
}
