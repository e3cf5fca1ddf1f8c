/**
 * Writes the hostile corpus (tests/fixtures/hostile/): route files a school, a broken tool or an
 * attacker could hand to Routekaart, each with what must happen to it. The files are committed;
 * this script is how they were made and says why each exists. Run: `tsx scripts/make-hostile-corpus.ts`.
 *
 * Expectations (expectations.json), per file:
 * - `file`: what `npm run validate`, the build and the editor's import do with it: "accepted", or
 *   rejected with an error at `path` (a JSON Pointer; "" is the whole file; ending in "…": one
 *   that starts so) or at `line`, whose message contains `says`.
 * - `share`: what opening it as a share link does: "accepted" (a share link opens any route the
 *   editor can show, rule problems included), or rejected with a message containing `says`.
 * - `pad`: text appended when the test reads the file, `with` repeated to `bytes`, then `end` (to
 *   test sizes without committing them).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `importSays`: where the editor's import says more than the validator (a newer version). */
type Rejected = { path?: string; line?: number; says: string; importSays?: string };
type Expectation = {
  category: string;
  why: string;
  file: 'accepted' | Rejected;
  share: 'accepted' | { says: string };
  pad?: { bytes: number; with: string; end?: string };
};

const DIR = join(process.cwd(), 'tests/fixtures/hostile');
const files = new Map<string, { bytes: Uint8Array; expectation: Expectation }>();

const node = (id: string, extra: object = {}) => ({
  id,
  kind: 'role',
  label: `Stap ${id}`,
  ...extra,
});
function route(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    kind: 'template',
    sector: 'po',
    title: 'Vijandige route (fictief)',
    verified: '2026-10-01',
    maintainer: 'intern begeleider',
    nodes: [node('mentor'), node('ib'), node('zat', { kind: 'team' })],
    edges: [
      { from: 'mentor', to: 'ib', kind: 'refers' },
      { from: 'ib', to: 'zat', kind: 'escalates' },
    ],
    ...extra,
  };
}
const withNode0 = (extra: object) =>
  route({ nodes: [node('mentor', extra), node('ib'), node('zat', { kind: 'team' })] });
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

function add(name: string, content: string | Uint8Array, expectation: Expectation): void {
  if (files.has(name)) throw new Error(`twice: ${name}`);
  files.set(name, { bytes: typeof content === 'string' ? utf8(content) : content, expectation });
}
const at = (path: string, says: string): Rejected => ({ path, says });
const share = (says: string) => ({ says });
const ROUTE_SHAPE = 'geen route in het verwachte formaat';
const UNREADABLE_LINK = 'geen leesbare route';
const DAMAGED_LINK = 'beschadigd';

// --- syntax: the file is not JSON; validate names line and column ---------------------------
const syntax = (name: string, text: string, line: number, why: string) =>
  add(name, text, {
    category: 'syntax',
    why,
    file: { line, says: 'ongeldige JSON' },
    share: share(UNREADABLE_LINK),
  });
syntax('syntax-trailing-comma.json', '{\n  "version": 1,\n}\n', 3, 'a comma before }');
syntax('syntax-unclosed.json', '{ "version": 1,', 1, 'the file stops halfway');
syntax('syntax-single-quotes.json', "{\n  'version': 1\n}\n", 2, 'quotes as in JavaScript');
syntax('syntax-comment.json', '// route\n{ "version": 1 }\n', 1, 'a comment, as in JSONC');
syntax('syntax-nan.json', '{\n  "version": NaN\n}\n', 2, 'NaN is not JSON');
syntax(
  'syntax-two-documents.json',
  json(route()) + json(route()),
  38,
  'two routes pasted after each other',
);
syntax(
  'syntax-unterminated-string.json',
  '{\n  "title": "Route\n}\n',
  2,
  'a string without its closing quote',
);
syntax('syntax-plain-text.json', 'Dit is de route van onze school.\n', 1, 'text, not JSON');
syntax(
  'syntax-raw-tab-in-string.json',
  '{\n  "title": "a\tb"\n}\n',
  2,
  'a raw tab inside a string',
);
syntax(
  'syntax-html-page.json',
  '<!doctype html>\n<html><body>Route</body></html>\n',
  1,
  'an HTML page saved as .json',
);
// Decoding drops a second byte order mark too: harmless. A share link keeps it (never made by us).
add('syntax-bom-twice.json', '\ufeff\ufeff' + json(route()), {
  category: 'syntax',
  why: 'two byte order marks',
  file: 'accepted',
  share: share(UNREADABLE_LINK),
});

// --- encodings: only UTF-8 (with or without BOM); the whole file is named ------------------
const ascii = json(route({ title: 'Route van De Ölm (fictief)' }));
const windows1252 = (text: string) =>
  Uint8Array.from(
    Array.from(
      text,
      (char) => ({ Ö: 0xd6, ö: 0xf6, '€': 0x80, é: 0xe9 })[char] ?? char.charCodeAt(0),
    ),
  );
function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, index) => {
    bytes[index * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
    bytes[index * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
  });
  return bytes;
}
const encoding = (
  name: string,
  bytes: Uint8Array,
  says: string,
  why: string,
  link = DAMAGED_LINK,
) => add(name, bytes, { category: 'encoding', why, file: at('', says), share: share(link) });
encoding('enc-windows-1252.json', windows1252(ascii), 'Windows-1252', 'saved as "ANSI" in Notepad');
encoding(
  'enc-windows-1252-euro.json',
  windows1252(json(withNode0({ description: 'Kosten: € 0, café' }))),
  'waarschijnlijk "€" moet zijn',
  'a € sign saved as one byte (Node named it as an invisible character)',
);
encoding(
  'enc-utf16le-bom.json',
  utf16(ascii, false, true),
  'UTF-16',
  'saved as "Unicode" in Notepad',
);
encoding('enc-utf16be-bom.json', utf16(ascii, true, true), 'UTF-16', 'UTF-16 big endian with BOM');
encoding('enc-utf16le-no-bom.json', utf16(ascii, false, false), 'UTF-16', 'UTF-16 without BOM');
encoding(
  'enc-nul-bytes.json',
  Uint8Array.from([...utf8('{"version":1'), 0, 0, ...utf8('}')]),
  'geen tekstbestand',
  'zero bytes in a text file',
  UNREADABLE_LINK,
);
encoding(
  'enc-overlong-utf8.json',
  Uint8Array.from([...utf8('{"title":"'), 0xc0, 0xaf, ...utf8('"}')]),
  'UTF-8',
  'an overlong UTF-8 sequence',
);
encoding(
  'enc-truncated-utf8.json',
  Uint8Array.from([...utf8('{"title":"co'), 0xc3]),
  'UTF-8',
  'cut in the middle of "ö"',
);
encoding('enc-empty.json', new Uint8Array(), 'leeg', 'an empty file', UNREADABLE_LINK);
encoding(
  'enc-whitespace-only.json',
  utf8(' \n\t\r\n  \n'),
  'leeg',
  'only spaces and newlines',
  UNREADABLE_LINK,
);
encoding(
  'enc-bom-only.json',
  utf8('\ufeff'),
  'leeg',
  'a UTF-8 byte order mark and nothing else',
  UNREADABLE_LINK,
);
add('enc-utf8-bom.json', utf8('\ufeff' + ascii), {
  category: 'encoding',
  why: 'UTF-8 with a byte order mark, as Notepad writes it: fine',
  file: 'accepted',
  share: 'accepted',
});

// --- types: the shape is wrong; the field is named -----------------------------------------
const shapeLink = (path: string) => share(path ? `${ROUTE_SHAPE} bij ${path}` : ROUTE_SHAPE);
const shape = (
  name: string,
  value: unknown,
  path: string,
  says: string,
  why: string,
  link: 'accepted' | { says: string } = shapeLink(path),
) => add(name, json(value), { category: 'types', why, file: at(path, says), share: link });
shape('type-root-array.json', [route()], '', 'verwacht object', 'a list around the route');
shape('type-root-null.json', null, '', 'verwacht object', 'null');
shape('type-root-string.json', 'route', '', 'verwacht object', 'a string');
shape('type-root-number.json', 1e308, '', 'verwacht object', 'a number');
shape(
  'type-nodes-object.json',
  route({ nodes: { mentor: node('mentor') } }),
  '/nodes',
  'verwacht lijst',
  'nodes as an object keyed by id',
);
shape(
  'type-label-number.json',
  withNode0({ label: 42 }),
  '/nodes/0/label',
  'verwacht tekst',
  'a number for a label',
);
shape(
  'type-version-string.json',
  route({ version: '1' }),
  '/version',
  'moet 1 zijn',
  'the version as a string',
);
add('type-version-newer.json', json(route({ version: 2 })), {
  category: 'types',
  why: 'a newer format version: the import says to use a newer Routekaart',
  file: { path: '/version', says: 'moet 1 zijn', importSays: 'nieuwere versie' },
  share: shapeLink('/version'),
});
add('type-huge-unknown-key.json', '{\n  "', {
  category: 'types',
  why: 'a field name of a million characters (took 7 s: every known name was compared with it)',
  file: { path: '/xxxx…', says: 'onbekend veld "xxxx' },
  share: shapeLink('/xxxx'),
  pad: { bytes: 1_000_000, with: 'x', end: `": 1,\n${json(route()).slice(1)}` },
});
shape(
  'type-many-unknown-keys.json',
  {
    ...Object.fromEntries(Array.from({ length: 25_000 }, (_, index) => [`k${index}`, 1])),
    ...route(),
  },
  '',
  'en nog 24980 onbekende velden',
  '25 000 unknown fields (took 3 s: a suggestion was sought for each)',
  shapeLink('/k0'),
);
shape(
  'type-node-kind-unknown.json',
  withNode0({ kind: 'leraar' }),
  '/nodes/0/kind',
  'moet een van',
  'a node kind the format does not have',
);
shape(
  'type-edge-null.json',
  route({ edges: [null] }),
  '/edges/0',
  'verwacht object',
  'null in the edge list',
);
shape(
  'type-terms-string.json',
  withNode0({ terms: 'mdo' }),
  '/nodes/0/terms',
  'verwacht lijst',
  'one term as a string, not a list',
);
shape(
  'type-title-missing.json',
  { ...route(), title: undefined },
  '/title',
  'verplicht veld ontbreekt',
  'a required field left out',
);
shape(
  'type-unknown-field.json',
  withNode0({ lable: 'Mentor' }),
  '/nodes/0/lable',
  'onbekend veld "lable"',
  'a typo in a field name',
);
shape(
  'type-date-format.json',
  route({ verified: '1-10-2026' }),
  '/verified',
  'JJJJ-MM-DD',
  'a Dutch date',
  'accepted',
);

// --- references: the rules that need the whole file ----------------------------------------
const rule = (name: string, value: unknown, path: string, says: string, why: string) =>
  add(name, json(value), { category: 'references', why, file: at(path, says), share: 'accepted' });
rule(
  'ref-edge-to-missing.json',
  route({ edges: [{ from: 'mentor', to: 'ggz', kind: 'refers' }] }),
  '/edges/0/to',
  'onbekende stap "ggz"',
  'a connection to a step that is not there',
);
rule(
  'ref-edge-to-self.json',
  route({ edges: [{ from: 'ib', to: 'ib', kind: 'refers' }] }),
  '/edges/0/to',
  'dezelfde stap',
  'a connection from a step to itself',
);
rule(
  'ref-group-missing.json',
  withNode0({ group: 'onderbouw' }),
  '/nodes/0/group',
  'onbekende groep',
  'a step in a group that is not there',
);
rule(
  'ref-duplicate-node-id.json',
  route({ nodes: [node('mentor'), node('mentor'), node('ib')] }),
  '/nodes/1/id',
  'dubbele stap-id',
  'two steps with one id',
);
rule(
  'ref-duplicate-edge.json',
  route({ edges: [...(route().edges as object[]), { from: 'mentor', to: 'ib', kind: 'refers' }] }),
  '/edges/2',
  'dubbele verbinding',
  'the same connection twice',
);
rule(
  'ref-unknown-term.json',
  withNode0({ terms: ['bestaat-niet'] }),
  '/nodes/0/terms/0',
  'onbekend begrip',
  'a glossary term that does not exist',
);
rule(
  'ref-unknown-organisation.json',
  withNode0({ organisation: 'bestaat-niet' }),
  '/nodes/0/organisation',
  'onbekende organisatie',
  'an organisation not on the social map',
);
rule(
  'ref-school-missing.json',
  route({ kind: 'school' }),
  '/school',
  'verplicht bij kind "school"',
  'a school route without its school',
);

// --- sizes and counts: bounded before any pattern or recursion runs ------------------------
// Too long or too many is a content problem the editor can show: a share link opens it.
const big = (name: string, value: unknown, path: string, says: string, why: string) =>
  add(name, json(value), { category: 'sizes', why, file: at(path, says), share: 'accepted' });
add('size-over-4mb.json', json(route()), {
  category: 'sizes',
  why: 'a valid route followed by 4.2 MB of spaces',
  file: at('', 'te groot'),
  share: share('te groot'),
  pad: { bytes: 4.2 * 1024 * 1024, with: ' ' },
});
add('size-over-4mb-one-line.json', '{"title":"', {
  category: 'sizes',
  why: 'one string of 4.2 MB, never closed',
  file: at('', 'te groot'),
  share: share('te groot'),
  pad: { bytes: 4.2 * 1024 * 1024, with: 'a' },
});
big(
  'size-long-label.json',
  withNode0({ label: 'lang '.repeat(20_000) }),
  '/nodes/0/label',
  'te lang',
  'a label of 100 000 characters',
);
big(
  'size-long-phone.json',
  withNode0({ contact: { phone: '0'.repeat(4000) + 'x'.repeat(4000) } }),
  '/nodes/0/contact/phone',
  'te lang',
  'a phone number of 8000 characters (the old pattern was quadratic)',
);
big(
  'size-long-id.json',
  withNode0({ id: 'a'.repeat(10_000) }),
  '/nodes/0/id',
  'ongeldige id',
  'an id of 10 000 characters',
);
big(
  'size-long-url.json',
  withNode0({ contact: { url: 'https://example.org/' + 'a'.repeat(50_000) } }),
  '/nodes/0/contact/url',
  'te lang',
  'a web address of 50 000 characters',
);
const chain = (count: number) => ({
  nodes: Array.from({ length: count }, (_, index) => node(`n${index}`)),
  edges: Array.from({ length: count - 1 }, (_, index) => ({
    from: `n${index}`,
    to: `n${index + 1}`,
    kind: 'refers',
  })),
});
big(
  'size-too-many-nodes.json',
  route(chain(600)),
  '/nodes',
  'te veel items',
  '600 steps (at most 500)',
);
big(
  'size-too-many-edges.json',
  route({
    ...chain(70),
    edges: Array.from({ length: 2100 }, (_, index) => ({
      from: `n${index % 70}`,
      to: `n${(index * 7 + 1) % 70}`,
      kind: 'refers',
    })),
  }),
  '/edges',
  'te veel items',
  '2100 connections (at most 2000)',
);
big(
  'size-too-many-groups.json',
  route({
    groups: Array.from({ length: 60 }, (_, index) => ({
      id: `g${index}`,
      label: `Groep ${index}`,
    })),
  }),
  '/groups',
  'te veel items',
  '60 groups (at most 50)',
);
big(
  'size-too-many-terms.json',
  withNode0({ terms: Array.from({ length: 30 }, (_, index) => `t${index}`) }),
  '/nodes/0/terms',
  'te veel items',
  '30 terms on one step (at most 20)',
);
add('size-500-nodes.json', json(route(chain(500))), {
  category: 'sizes',
  why: 'the largest route the format allows',
  file: 'accepted',
  share: 'accepted',
});

// --- depth: nesting is bounded before parsing -----------------------------------------------
const deep = (name: string, text: string, line: number, why: string, link = 'te diep') =>
  add(name, text, {
    category: 'depth',
    why,
    file: { line, says: 'te diep genest' },
    share: share(link),
  });
deep(
  'depth-100k-brackets.json',
  '['.repeat(100_000),
  1,
  '100 000 × [ (crashed validate, the build and import)',
);
add('depth-100k-objects.json', '{"a":', {
  category: 'depth',
  why: '100 000 nested objects (made by the test: 500 KB)',
  file: { line: 1, says: 'te diep genest' },
  share: share('te diep'),
  pad: { bytes: 500_000, with: '{"a":' },
});
deep(
  'depth-40-in-description.json',
  json(withNode0({ description: 'x' })).replace('"x"', '['.repeat(40) + ']'.repeat(40)),
  13,
  '40 levels inside a field',
);
add(
  'depth-brackets-in-string.json',
  json(withNode0({ label: '['.repeat(60), description: '{"a":['.repeat(300) })),
  {
    category: 'depth',
    why: 'brackets inside a string are text, not nesting',
    file: 'accepted',
    share: 'accepted',
  },
);

// --- prototype keys: refused as unknown fields, never merged into Object.prototype ---------
const proto = (name: string, text: string, path: string, why: string) =>
  add(name, text, {
    category: 'prototype',
    why,
    file: at(path, 'onbekend veld'),
    share: shapeLink(path),
  });
const insertAfterVersion = (text: string, insert: string) =>
  text.replace('"version": 1,', `"version": 1,\n  ${insert},`);
proto(
  'proto-root.json',
  insertAfterVersion(json(route()), '"__proto__": { "polluted": true }'),
  '/__proto__',
  '__proto__ at the top',
);
proto(
  'proto-node.json',
  json(route()).replace(
    '"id": "ib",',
    '"id": "ib", "__proto__": { "polluted": true, "kind": "team" },',
  ),
  '/nodes/1/__proto__',
  '__proto__ in a step',
);
proto(
  'proto-constructor.json',
  insertAfterVersion(json(route()), '"constructor": { "prototype": { "polluted": true } }'),
  '/constructor',
  'constructor.prototype at the top',
);
proto(
  'proto-contact.json',
  json(withNode0({ contact: { how: 'bellen' } })).replace(
    '"how": "bellen"',
    '"how": "bellen", "__proto__": { "polluted": true }',
  ),
  '/nodes/0/contact/__proto__',
  '__proto__ in a contact',
);
proto(
  'proto-school.json',
  json(
    route({
      kind: 'school',
      school: { name: 'De Proto (fictief)', municipality: 'Voorbeeldstad' },
    }),
  ).replace('"name":', '"prototype": { "polluted": true }, "name":'),
  '/school/prototype',
  'prototype in the school',
);
add(
  'proto-edges-as-object.json',
  insertAfterVersion(
    json({ ...route(), edges: undefined }),
    '"edges": { "__proto__": [], "length": 0 }',
  ),
  {
    category: 'prototype',
    why: 'an object pretending to be a list',
    file: at('/edges', 'verwacht lijst'),
    share: shapeLink('/edges'),
  },
);
add(
  'proto-ids.json',
  json(
    route({
      groups: [
        { id: 'constructor', label: 'constructor' },
        { id: 'prototype', label: '__proto__' },
      ],
      nodes: [
        node('constructor', { group: 'constructor' }),
        node('prototype', { group: 'prototype', label: '__proto__' }),
        node('hasownproperty'),
      ],
      edges: [
        { from: 'constructor', to: 'prototype', kind: 'refers' },
        { from: 'prototype', to: 'hasownproperty', kind: 'consults', label: 'toString' },
      ],
    }),
  ),
  {
    category: 'prototype',
    why: 'ids that are names on Object.prototype: just ids',
    file: 'accepted',
    share: 'accepted',
  },
);

// --- BSN: nine digits passing the eleven test are refused; phone numbers are not BSNs -------
const bsnRefused = (name: string, text: string, why: string) =>
  rule(name, withNode0({ description: text }), '/nodes/0/description', 'burgerservicenummer', why);
const bsnAccepted = (name: string, value: unknown, why: string) =>
  add(name, json(value), { category: 'bsn', why, file: 'accepted', share: 'accepted' });
for (const [name, text] of [
  ['bsn-whole.json', 'Leerling 123456782 is aangemeld.'],
  ['bsn-spaced.json', 'BSN 123 456 782'],
  ['bsn-dotted.json', 'nummer 1234.56.782'],
  ['bsn-dashed.json', '123-456-782 (test)'],
] as const)
  bsnRefused(name, text, `a BSN written as "${text}"`);
for (const file of ['bsn-whole.json', 'bsn-spaced.json', 'bsn-dotted.json', 'bsn-dashed.json'])
  files.get(file)!.expectation.category = 'bsn';
rule(
  'bsn-in-group-label.json',
  route({ groups: [{ id: 'g', label: 'Groep 111222333' }] }),
  '/groups/0/label',
  'burgerservicenummer',
  'a BSN in a group label',
);
files.get('bsn-in-group-label.json')!.expectation.category = 'bsn';
bsnAccepted(
  'bsn-phone-international.json',
  withNode0({ description: 'Bel +31 612345671' }),
  'a mobile number in international form',
);
bsnAccepted(
  'bsn-phone-landline.json',
  withNode0({ description: 'Bel 030 123 456 782' }),
  'nine digits inside a longer phone number',
);
bsnAccepted(
  'bsn-phone-field.json',
  withNode0({ contact: { phone: '+31 (0)6 123 456 78' } }),
  'a phone field holding a phone number',
);
bsnAccepted(
  'bsn-fails-eleven-test.json',
  withNode0({ description: 'Kenmerk 123456789' }),
  'nine digits that fail the eleven test',
);
bsnAccepted(
  'bsn-ten-digits.json',
  withNode0({ description: 'Dossier 1234567820' }),
  'ten digits: no BSN',
);

// --- links: only http(s) addresses; the rest of the text stays text -----------------------
const link = (name: string, value: unknown, path: string, why: string) =>
  add(name, json(value), { category: 'links', why, file: at(path, 'http'), share: 'accepted' });
const contactUrl = (url: string) => withNode0({ contact: { url } });
link(
  'url-javascript.json',
  contactUrl('javascript:alert(document.cookie)'),
  '/nodes/0/contact/url',
  'javascript: in a contact address',
);
link(
  'url-javascript-mixed-case.json',
  contactUrl('JaVaScRiPt:alert(1)'),
  '/nodes/0/contact/url',
  'javascript: in mixed case',
);
link(
  'url-javascript-leading-space.json',
  contactUrl(' javascript:alert(1)'),
  '/nodes/0/contact/url',
  'javascript: after a space',
);
link(
  'url-javascript-tab.json',
  contactUrl('java\tscript:alert(1)'),
  '/nodes/0/contact/url',
  'a tab inside "javascript"',
);
link(
  'url-data.json',
  route({
    kind: 'school',
    school: {
      name: 'School (fictief)',
      municipality: 'Voorbeeldstad',
      website: 'data:text/html,<script>alert(1)</script>',
    },
  }),
  '/school/website',
  'data: as the school website',
);
link('url-vbscript.json', contactUrl('vbscript:msgbox(1)'), '/nodes/0/contact/url', 'vbscript:');
link('url-file.json', contactUrl('file:///etc/passwd'), '/nodes/0/contact/url', 'file:');
link(
  'url-protocol-relative.json',
  contactUrl('//example.org/'),
  '/nodes/0/contact/url',
  'a protocol-relative address',
);
add(
  'url-https-mentions-javascript.json',
  json(contactUrl('https://example.org/?next=javascript:alert(1)')),
  {
    category: 'links',
    why: 'an https address whose query mentions javascript:',
    file: 'accepted',
    share: 'accepted',
  },
);
add(
  'url-markdown-in-description.json',
  json(
    withNode0({
      description: '[klik hier](javascript:alert(1)) of <a href="javascript:alert(1)">hier</a>',
    }),
  ),
  {
    category: 'links',
    why: 'a link written in a description: shown as text',
    file: 'accepted',
    share: 'accepted',
  },
);

// --- text: anything in a text field is shown as the characters it is -----------------------
const asText = (name: string, value: unknown, why: string) =>
  add(name, json(value), { category: 'text', why, file: 'accepted', share: 'accepted' });
asText(
  'text-rtl-override.json',
  withNode0({ label: 'Mentor \u202egnp.exe\u202c', description: '\u2067RTL\u2069 \u200f' }),
  'right-to-left override and isolate characters',
);
asText(
  'text-html-script.json',
  withNode0({ label: '<script>alert(1)</script>', description: '<img src=x onerror=alert(1)>' }),
  'HTML and script in text fields',
);
asText(
  'text-html-in-titles.json',
  route({
    title: '</title><script>alert(1)</script>',
    summary: '<iframe src="https://example.org"></iframe>',
    maintainer: '<b>ib</b>',
  }),
  'HTML in the route title, summary and maintainer',
);
asText(
  'text-template-syntax.json',
  withNode0({
    label: '{{constructor.constructor("alert(1)")()}}',
    description: '${alert(1)} {alert(1)}',
  }),
  'template and JSX syntax',
);
asText(
  'text-control-chars.json',
  withNode0({ label: 'a\u0000b\u0007c\u001b[31m', description: 'regel\u2028regel\u2029' }),
  'NUL, BEL, an ANSI escape and line separators',
);
asText(
  'text-lone-surrogate.json',
  withNode0({ label: 'half \ud800 teken' }),
  'a lone surrogate (valid JSON escape)',
);
asText(
  'text-emoji-zalgo.json',
  withNode0({ label: '👩🏽‍🏫 m̸̡̛e̷n̴t̶o̵r̷ ﷽' }),
  'emoji sequences and stacked combining marks',
);
asText(
  'text-whitespace-label.json',
  withNode0({ label: '\u00a0\u200b\u3000' }),
  'a label of invisible characters',
);

// Write the files and the expectations.
mkdirSync(DIR, { recursive: true });
for (const name of readdirSync(DIR)) if (name.endsWith('.json')) rmSync(join(DIR, name));
const expectations: Record<string, Expectation> = {};
for (const [name, { bytes, expectation }] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  writeFileSync(join(DIR, name), bytes);
  expectations[name] = expectation;
}
writeFileSync(join(DIR, 'expectations.json'), JSON.stringify(expectations, null, 2) + '\n');
console.log(`${files.size} files written to ${DIR}`);
