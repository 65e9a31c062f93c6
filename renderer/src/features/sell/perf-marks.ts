/**
 * Performance marks of "add an item": `sell:add:start` when the cashier adds (tile, scan, search),
 * `sell:add:painted` once the priced cart that holds the item has been painted, and a
 * `sell:add` measure between them (split at `sell:add:priced`, core's answer kept, into
 * `sell:add:core` and `sell:add:render`). `npm run bench` (B13) reads the measures in Chromium; nothing
 * here is asserted. The painted mark is set after the frame that shows the change: the callback
 * of requestAnimationFrame runs just before that frame is painted, and a message posted from it
 * is delivered once the paint is done.
 */

let waitingFor: number | null = null;

/** Called by the add action with the cart version that holds the new item. */
export function markAddStart(version: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark('sell:add:start');
  waitingFor = version;
}

function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}

/** Called when core's priced cart for `version` arrived and was kept (the core part of an add ends here). */
export function markAddPriced(version: number): void {
  if (waitingFor === null || version < waitingFor) return;
  performance.mark('sell:add:priced');
  performance.measure('sell:add:core', 'sell:add:start', 'sell:add:priced');
}

/** Called by the cart once it rendered the figures of `version`. */
export function markAddRendered(version: number): void {
  if (waitingFor === null || version < waitingFor) return;
  waitingFor = null;
  afterPaint(() => {
    performance.mark('sell:add:painted');
    performance.measure('sell:add', 'sell:add:start', 'sell:add:painted');
    performance.measure('sell:add:render', 'sell:add:priced', 'sell:add:painted');
  });
}
