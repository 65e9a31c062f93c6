import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

import './print-sheet.css';

type Props = { children: ReactNode; testId?: string };

/**
 * A sheet to print (`printSheet()`): shown on screen as a bordered panel where it stands (in a
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

/** Opens the system print dialog for the sheet(s) on screen. */
export function printSheet(win: Pick<Window, 'print'> = window): void {
  win.print();
}
