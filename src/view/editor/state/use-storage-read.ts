/**
 * Reads from browser storage once, after mounting. Reading may move a broken value aside,
 * a side effect that must run exactly once: in a render (a useState initializer) React may
 * run it twice and keep only the second, silent result. Undefined until read.
 */
import { useEffect, useState } from 'react';

export function useStorageRead<T>(read: () => T): T | undefined {
  const [value, setValue] = useState<{ result: T } | undefined>(undefined);
  useEffect(() => {
    // Storage is outside React: this effect is the one place it is read.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue({ result: read() });
    // Read once per mount; a new draft id remounts the reader (see its key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value?.result;
}
