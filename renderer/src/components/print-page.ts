import { isClientError, type Api } from '../api/client';

/**
 * Prints this page's print copy (a receipt, a sheet). The app prints it where it can (Electron:
 * silently to the printer named in Settings, else through the system's dialog); where it cannot
 * (browser mode answers `print_unavailable`) the browser's own print dialog opens. A print the
 * printer refused, or the cashier cancelled, throws (`print_failed`) for the screen to say so.
 */
export async function printThisPage(api: Pick<Api, 'call'>, win: Pick<Window, 'print'>): Promise<void> {
  try {
    await api.call('receipts.printPage', {});
  } catch (error) {
    if (isClientError(error) && error.code === 'print_unavailable') win.print();
    else throw error;
  }
}
