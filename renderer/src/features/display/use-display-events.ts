import { useEffect, useReducer } from 'react';

import type { Api } from '../../api/client';
import { applyDisplayEvent, EMPTY_DISPLAY, type DisplayState } from './display-state';

/** The customer display's state, fed by the three display events (the only ones it can read). */
export function useDisplayEvents(api: Api): DisplayState {
  const [state, dispatch] = useReducer(applyDisplayEvent, EMPTY_DISPLAY);
  useEffect(() => {
    const offs = [
      api.on('display.cart', (payload) => dispatch({ kind: 'cart', payload })),
      api.on('display.paid', (payload) => dispatch({ kind: 'paid', payload })),
      api.on('display.walletQr', (payload) => dispatch({ kind: 'walletQr', payload })),
    ];
    return () => offs.forEach((off) => off());
  }, [api]);
  return state;
}
