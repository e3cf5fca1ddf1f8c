import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/core/parse-json.ts';

function failure(text: string) {
  const result = parseJson(text);
  if (result.ok) throw new Error(`parsed: ${text}`);
  return result.problem;
}

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, "x", true, null, -2.5e3]}')).toEqual({
      ok: true,
      value: { a: [1, 'x', true, null, -2500] },
    });
  });

  it.each([
    ['[1 2]', 1, 4, 'hier hoort een komma (voor het volgende item) of een ] (einde van de lijst)'],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      3,
      3,
      'hier hoort een komma (voor het volgende veld) of een } (einde)',
    ],
    ['{"a": 1,}', 1, 9, 'er staat een komma te veel voor dit haakje'],
    ["{'a': 1}", 1, 2, 'hier hoort een veldnaam tussen dubbele aanhalingstekens'],
    ['{"a": \'x\'}', 1, 7, 'gebruik dubbele aanhalingstekens (") rond tekst, geen enkele (\')'],
    ['{"a" 1}', 1, 6, 'hier hoort een dubbele punt (:) na de veldnaam'],
    ['{"a": "x\ny"}', 1, 9, 'de tekst tussen aanhalingstekens wordt niet afgesloten met "'],
    ['{"a": 01}', 1, 8, 'hier hoort een komma (voor het volgende veld) of een } (einde)'],
    [
      '{"a": "\\x"}',
      1,
      9,
      'na een \\ hoort ", \\, /, b, f, n, r, t of u met vier hexadecimale cijfers',
    ],
    ['{} x', 1, 4, 'na het einde van de JSON staat nog tekst'],
    ['{"a": [1,', 1, 10, 'het bestand houdt te vroeg op: ontbreekt er een } of ] aan het eind?'],
  ])('locates %j at line %i, column %i with a Dutch reason', (text, line, column, reason) => {
    expect(failure(text)).toEqual({
      path: '',
      line,
      column,
      severity: 'error',
      message: `ongeldige JSON: ${reason}`,
    });
  });

  it("never passes on the engine's English message", () => {
    for (const text of ['niet eens json', '[1,]', '{"a":}', '"\t"']) {
      expect(failure(text).message).not.toMatch(/Unexpected|Expected|JSON at position|valid JSON/);
    }
  });
});
