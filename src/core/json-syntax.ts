/**
 * Finds where and why a text is not JSON, in Dutch. JSON.parse only gives the browser's own
 * English message, and not always a position ("Unexpected token 'i', "…" is not valid JSON"),
 * while schools fixing a file by hand need the place and a reason they can act on.
 * A small strict scanner (RFC 8259) that stops at the first mistake.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (reason: string): never => {
    throw new Stop(at, at >= text.length ? END : reason);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const expect = (char: string, reason: string) => {
    skipSpace();
    if (text[at] !== char) fail(reason);
    at++;
  };

  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    fail(char === "'" ? SINGLE_QUOTE : char === ']' || char === '}' ? EXTRA_COMMA : VALUE);
  };
  const object = () => {
    at++;
    skipSpace();
    if (text[at] === '}') return void at++;
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail(text[at] === '}' ? EXTRA_COMMA : PROPERTY_NAME);
      string();
      expect(':', COLON);
      value();
      skipSpace();
      if (text[at] === '}') return void at++;
      expect(',', AFTER_PROPERTY);
    }
  };
  const array = () => {
    at++;
    skipSpace();
    if (text[at] === ']') return void at++;
    for (;;) {
      value();
      skipSpace();
      if (text[at] === ']') return void at++;
      expect(',', AFTER_ITEM);
    }
  };
  const string = () => {
    at++;
    for (;;) {
      if (at >= text.length) fail(UNCLOSED_STRING);
      const char = text[at] as string;
      if (char === '"') return void at++;
      if (char < ' ') fail(char === '\n' || char === '\r' ? UNCLOSED_STRING : CONTROL_CHARACTER);
      if (char === '\\') {
        at++;
        const escaped = text[at] ?? '';
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail(BAD_ESCAPE);
          at += 4;
        } else if (!'"\\/bfnrt'.includes(escaped) || escaped === '') fail(BAD_ESCAPE);
      }
      at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at));
    if (!match) fail(NUMBER);
    at += (match as RegExpExecArray)[0].length;
  };

  try {
    value();
    skipSpace();
    if (at < text.length) fail(TRAILING_TEXT);
    return undefined;
  } catch (stop) {
    if (stop instanceof Stop) return { offset: stop.offset, message: stop.reason };
    throw stop;
  }
}

const END = 'het bestand houdt te vroeg op: ontbreekt er een } of ] aan het eind?';
const VALUE =
  'hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, { of [';
const SINGLE_QUOTE = 'gebruik dubbele aanhalingstekens (") rond tekst, geen enkele (\')';
const EXTRA_COMMA = 'er staat een komma te veel voor dit haakje';
const PROPERTY_NAME = 'hier hoort een veldnaam tussen dubbele aanhalingstekens';
const COLON = 'hier hoort een dubbele punt (:) na de veldnaam';
const AFTER_PROPERTY = 'hier hoort een komma (voor het volgende veld) of een } (einde)';
const AFTER_ITEM = 'hier hoort een komma (voor het volgende item) of een ] (einde van de lijst)';
const UNCLOSED_STRING = 'de tekst tussen aanhalingstekens wordt niet afgesloten met "';
const CONTROL_CHARACTER = 'een tab of ander stuurteken mag niet in een tekst; schrijf \\t';
const BAD_ESCAPE = 'na een \\ hoort ", \\, /, b, f, n, r, t of u met vier hexadecimale cijfers';
const NUMBER = 'dit is geen geldig getal';
const TRAILING_TEXT = 'na het einde van de JSON staat nog tekst';
