// hyphen ships no types; only the synchronous Dutch hyphenator is used (src/core/taal/syllables.ts).
// It is CommonJS, so Node's ESM loader offers it as a default export only.
declare module 'hyphen/nl' {
  const hyphen: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphen;
}
