import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls onIdle once after `idleMs` without any input while `active`. Timer only (no state), so
 * mouse movement never re-renders the app. Main may lock on its own too (session.locked).
 */
export function useIdleLock(active: boolean, idleMs: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active || !(idleMs > 0)) return undefined;
    let timer = window.setTimeout(() => onIdleRef.current(), idleMs);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => onIdleRef.current(), idleMs);
    };
    for (const name of ACTIVITY_EVENTS) {
      window.addEventListener(name, reset, { capture: true, passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reset, { capture: true });
    };
  }, [active, idleMs]);
}
