import type { Settings } from '../../../../shared/ipc/contract/settings';
import { findReceiptFonts } from '../../sys/receipts/receipt-font';
import { printPage, type PrintPage } from './print-page';
import { renderReceipt, type ReceiptPorts, type RenderReceipt } from './render-receipt';

/** The bound use cases of the receipts domain. */
export type ReceiptUseCases = {
  readonly render: RenderReceipt;
  readonly printPage: PrintPage;
};

export type ReceiptAssembly = {
  readonly fetchReceipt: ReceiptPorts['fetchReceipt'];
  readonly settings: () => Pick<Settings, 'locale' | 'printer'>;
  /** Test seams: the zone and the font search (the defaults are the machine's). */
  readonly timeZone?: () => string;
  readonly fonts?: ReceiptPorts['fonts'];
};

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function assembleReceiptUseCases(assembly: ReceiptAssembly): ReceiptUseCases {
  return {
    render: renderReceipt({
      fetchReceipt: assembly.fetchReceipt,
      locale: () => assembly.settings().locale,
      timeZone: assembly.timeZone ?? systemTimeZone,
      fonts: assembly.fonts ?? (() => findReceiptFonts()),
    }),
    printPage: printPage(() => assembly.settings().printer),
  };
}
