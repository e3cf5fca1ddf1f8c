/**
 * Bounds on input from outside (files, pasted text, share links), checked before any
 * regular expression, recursion or schema runs on it: far above any real route (the
 * largest bundled one is 24 KB and nests 5 deep), low enough that hostile input is refused
 * quickly with a message instead of freezing a tab or crashing the build.
 */
export const MAX_CONTENT_CHARS = 4 * 1024 * 1024;
export const MAX_NESTING = 32;

/**
 * The offset of the first `[` or `{` nested deeper than `limit`, outside strings; null when
 * none is. One linear pass, so it is safe on any text, JSON or not.
 */
export function excessiveNesting(text: string, limit = MAX_NESTING): number | null {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (inString) {
      if (char === 0x5c)
        at++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return at;
    } else if (char === 0x5d || char === 0x7d) depth = Math.max(0, depth - 1);
  }
  return null;
}

/** "4,0 MB": sizes in the messages, the Dutch way. */
export function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
