import { useCallback, useEffect, useRef, useState } from 'react';

export interface IdleReset {
  isWarning: boolean;
  /** seconds left before the reset, while warning */
  secondsLeft: number;
  /** 继续浏览: count the quiet time from now */
  keepBrowsing: () => void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 1000;

/**
 * A shared screen goes back to its start when nobody uses it, so the next person does not
 * see the last one's search. After `quietMs` without a touch a warning shows for
 * `warningMs` (≥ 20 s), then `onReset` runs. Any touch, or 继续浏览, starts over.
 */
export function useIdleReset(quietMs: number, warningMs: number, onReset: () => void): IdleReset {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const onResetRef = useRef(onReset);
  useEffect(() => {
    onResetRef.current = onReset;
  }, [onReset]);

  const keepBrowsing = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
    const onActivity = () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      const quietFor = Date.now() - lastActivity.current;
      if (quietFor >= quietMs + warningMs) {
        lastActivity.current = Date.now();
        setSecondsLeft(null);
        onResetRef.current();
      } else if (quietFor >= quietMs) {
        setSecondsLeft(Math.ceil((quietMs + warningMs - quietFor) / 1000));
      }
    }, TICK_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      window.clearInterval(timer);
    };
  }, [quietMs, warningMs]);

  return { isWarning: secondsLeft !== null, secondsLeft: secondsLeft ?? 0, keepBrowsing };
}
