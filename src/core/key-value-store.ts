/**
 * Browser storage as the pure core sees it (the browser passes localStorage), and the rule
 * every tool that keeps work there follows: a value that cannot be read is moved aside to
 * `<key>-beschadigd` and reported, never thrown away and never thrown.
 */

/** The part of the Web Storage API the stored work needs. */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SET_ASIDE_SUFFIX = '-beschadigd';

export interface SetAside {
  key: string;
  /** Empty when there was no room to copy it: it then stays where it was. */
  movedTo: string;
  reason: string;
}

export function setAside(
  store: KeyValueStore,
  key: string,
  text: string,
  reason: string,
): SetAside {
  let movedTo = key + SET_ASIDE_SUFFIX;
  for (let counter = 2; store.getItem(movedTo) !== null; counter++)
    movedTo = `${key}-${counter}${SET_ASIDE_SUFFIX}`;
  try {
    store.setItem(movedTo, text);
  } catch {
    // No room to copy it: leave it where it is rather than lose it.
    return { key, movedTo: '', reason };
  }
  store.removeItem(key);
  return { key, movedTo, reason };
}
