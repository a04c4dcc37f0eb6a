/**
 * Text the reader types, saved as they type: after a short pause, when the
 * box loses focus, and when it goes away. Changes stored elsewhere (another
 * window) show only while nothing typed here waits to be saved. Text the
 * browser refused to store stays in the box and waits to be saved again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const DRAFT_PAUSE_MS = 400;

export interface Draft {
  readonly text: string;
  /** Sets the text and saves it after a pause. */
  readonly type: (text: string) => void;
  /** Saves what waits to be saved now. */
  readonly flush: () => void;
}

/** `save` resolves to whether the text was stored. */
export function useDraft(stored: string, save: (text: string) => Promise<boolean>): Draft {
  const [text, setText] = useState(stored);
  const pending = useRef<string | null>(null);
  const timer = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const waiting = pending.current;
    pending.current = null;
    if (waiting === null) return;
    void saveRef.current(waiting).then((saved) => {
      if (saved || pending.current !== null) return;
      pending.current = waiting;
      setText(waiting);
    });
  }, []);

  const type = useCallback(
    (next: string) => {
      setText(next);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DRAFT_PAUSE_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (pending.current === null) setText(stored);
  }, [stored]);

  useEffect(() => flush, [flush]);

  return { text, type, flush };
}
