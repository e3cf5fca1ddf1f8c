/**
 * Moves the focus to an element once it is on screen: after adding a goal its first field,
 * after removing one the next sensible control. A keyboard user never lands on <body>.
 */
import { useEffect, useState } from 'react';

export function usePendingFocus(): (elementId: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending === null) return;
    document.getElementById(pending)?.focus();
    // The focus request is consumed once it has been carried out.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPending(null);
  }, [pending]);
  return setPending;
}
