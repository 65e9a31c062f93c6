import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { PricedCart } from '../../../../shared/domain/sales/priced-cart';
import { CartLine } from './CartLine';
import { useSellStore } from './sell.store';

/** A line's height before it is measured: one line of name, the unit price, padding and border. */
const LINE_HEIGHT_GUESS = 61;
/** Lines kept in the DOM beyond the visible ones on each side, so a scroll shows no blank gap. */
const OVERSCAN = 6;

type Props = {
  lines: PricedCart['lines'];
  currency: string;
  onStep: (lineId: string, deltaMilli: number) => void;
  onEdit: (lineId: string) => void;
};

/**
 * The priced lines, windowed: only those in view (and a few each side) are in the DOM, the rest
 * are space of their measured (or guessed) height. A 200-line cart otherwise lays out, paints
 * and reconciles 200 rows for every scan (the 200-line budget of issue 9 §9). Each row says
 * where it is in the whole list (aria-setsize / aria-posinset) for assistive technology.
 *
 * The line an add just created or counted up is scrolled into view in the frame that shows its
 * price. It is read when the lines change, not subscribed to: a subscription would render the
 * list again for the cart's edit, before its price.
 */
export const CartLines = memo(function CartLines({ lines, currency, onStep, onEdit }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LINE_HEIGHT_GUESS,
    overscan: OVERSCAN,
    getItemKey: (index) => lines[index]?.lineId ?? index,
    // A scroll re-renders the window in React's own time rather than inside the scroll event: the
    // frame a scan paints is not made to wait for it (the rows in view are rendered already).
    useFlushSync: false,
  });
  useLayoutEffect(() => {
    const { addedLineId } = useSellStore.getState();
    if (addedLineId === null) return;
    const index = lines.findIndex((line) => line.lineId === addedLineId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [lines, virtualizer]);

  const shown = virtualizer.getVirtualItems();
  const before = shown[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (shown.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="tb-sell-lines" data-testid="cart-scroller">
      <ul className="tb-sell-lines-list" aria-label={t('sell:cart.lines')} data-testid="cart-lines" style={{ paddingTop: before, paddingBottom: after }}>
        {shown.map((item) => {
          const line = lines[item.index];
          // The row's place changes with every add (aria-setsize); its memoised content does not.
          return line === undefined ? null : (
            <li key={item.key} ref={virtualizer.measureElement} className="tb-sell-line" data-testid="cart-line" data-line-id={line.lineId}
              data-index={item.index} aria-setsize={lines.length} aria-posinset={item.index + 1}>
              <CartLine line={line} currency={currency} onStep={onStep} onEdit={onEdit} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});
