import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Output } from '../../../../shared/ipc/contract';

/** How a print of a page ended: the printer took the job, or why not. */
export type PrintOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Prints the caller's page: to `printerName` without a dialog, or through the system's dialog (null). */
export type PagePrinter = (printerName: string | null) => Promise<PrintOutcome>;

export type PrintPage = (pagePrinter: PagePrinter | undefined) => Promise<Result<Output<'receipts.printPage'>>>;

/**
 * Prints the caller's page on the system printer, through its transport's printer: silently to
 * the printer named in Settings, or through the system's dialog when none is named. A transport
 * that cannot print (the web host: the browser prints its own page) answers `print_unavailable`.
 */
export function printPage(printer: () => string | null): PrintPage {
  return async (pagePrinter) => {
    if (pagePrinter === undefined) return err('print_unavailable', 'this window prints with its own print dialog');
    const printerName = printer();
    const outcome = await pagePrinter(printerName);
    return outcome.ok ? ok({ printer: printerName }) : err('print_failed', `not printed: ${outcome.reason}`.slice(0, 200));
  };
}
