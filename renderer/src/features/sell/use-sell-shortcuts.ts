import { useEffect, useRef } from 'react';

/** The Sell screen's function keys, shown on the buttons they press. */
export const SHORTCUTS = {
  cash: 'F1',
  card: 'F2',
  wallet: 'F3',
  external_card: 'F4',
  provider: 'F5',
  split: 'F6',
  park: 'F7',
  parked: 'F8',
  newSale: 'F9',
} as const;

export type ShortcutAction = keyof typeof SHORTCUTS;

const BY_KEY = new Map<string, ShortcutAction>(Object.entries(SHORTCUTS).map(([action, key]) => [key, action as ShortcutAction]));

/**
 * Function keys from anywhere on the Sell screen. The screen turns them off (`enabled`) while one
 * of its dialogs is open, from its own state: a dialog still fading out after closing is no
 * longer open, so a key pressed in that moment is taken (looking for any [role=dialog] in the
 * page dropped it). The browser's own meaning of the key (F1 help, F5 reload, F7 caret browsing)
 * is cancelled.
 */
export function useSellShortcuts(onAction: (action: ShortcutAction) => void, enabled = true): void {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const action = BY_KEY.get(event.key);
      if (action === undefined || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      handler.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
