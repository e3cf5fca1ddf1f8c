import { type RefObject, useEffect, useEffectEvent } from 'react';

/**
 * Closes an open popover on Esc (focus back to its button), on a tap or click
 * outside it, and when keyboard focus moves elsewhere. Pointer events, not blur,
 * decide outside clicks: Safari does not focus buttons on click.
 */
export function useDismiss(
  open: boolean,
  wrapper: RefObject<HTMLElement | null>,
  close: (returnFocus: boolean) => void,
): void {
  const onClose = useEffectEvent(close);
  useEffect(() => {
    const element = wrapper.current;
    if (!open || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) onClose(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !element.contains(next)) onClose(false);
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, wrapper]);
}
