import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import { useCheckoutStore } from './checkout.store';
import { useSellStore } from './sell.store';
import { dueNow, type DueNow, type DueView } from './tender-due';

export type DueOnScreen = {
  readonly priced: PricedCart | null;
  /** core's last sales.due answer (null until asked, and after any change). */
  readonly due: DueView | null;
  /** What is due now (`dueNow`); null without a priced cart or while core is asked. */
  readonly now: DueNow | null;
};

/** The priced cart and what is due now, for the parts of the Sell screen that show it. */
export function useDueNow(): DueOnScreen {
  const tenderCount = useCheckoutStore((s) => s.tenders.length);
  const due = useCheckoutStore((s) => s.due);
  const priced = useSellStore((s) => s.priced);
  return { priced, due, now: priced === null ? null : dueNow(priced, tenderCount, due) };
}
