import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from '../../../src/core/base64url.ts';
import {
  MAX_SHARE_CHARS,
  MAX_SHARE_JSON_BYTES,
  decodeShareData,
  encodeShareFragment,
  shareData,
} from '../../../src/core/editor/share-link.ts';
import { makeChainRoute, makeNode, makeRoute } from '../factories.ts';

afterEach(() => vi.unstubAllGlobals());

async function fragmentOf(route: ReturnType<typeof makeRoute>): Promise<string> {
  const encoded = await encodeShareFragment(route);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.fragment;
}

async function compressed(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function roundTrip(route: ReturnType<typeof makeRoute>) {
  const fragment = await fragmentOf(route);
  const data = shareData(`#${fragment}`);
  if (data === null) throw new Error('no data in fragment');
  return decodeShareData(data);
}

describe('base64url', () => {
  it('round-trips every length and uses only URL-safe characters', () => {
    for (let length = 0; length < 20; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 97 + 251) % 256);
      const text = bytesToBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(base64urlToBytes(text)).toEqual(bytes);
    }
  });

  it('refuses characters outside the alphabet', () => {
    expect(base64urlToBytes('ab+c')).toBeNull();
    expect(base64urlToBytes('abcde')).toBeNull();
  });
});

describe('share link', () => {
  it('gives back the same route', async () => {
    const route = makeRoute({
      nodes: [makeNode('mentor', { label: 'Mentor — zorgcoördinator', description: 'é ü ✓' })],
      edges: [],
    });
    expect(await roundTrip(route)).toEqual({ ok: true, route });
  });

  it('keeps an unfinished draft (an empty label) as it is', async () => {
    const route = makeRoute({ nodes: [makeNode('mentor', { label: '' })], edges: [] });
    expect(await roundTrip(route)).toEqual({ ok: true, route });
  });

  it('compresses: a 150-node route fits in a URL', async () => {
    const fragment = await fragmentOf(makeChainRoute(150));
    expect(fragment.length).toBeLessThan(JSON.stringify(makeChainRoute(150)).length / 3);
  });

  it('reports a cut-off or garbled link in Dutch', async () => {
    const fragment = await fragmentOf(makeRoute());
    const data = shareData(fragment)!;
    expect(await decodeShareData(data.slice(0, data.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringContaining('deellink'),
    });
    expect(await decodeShareData('!!!')).toMatchObject({ ok: false });
  });

  it('refuses data that is not a route', async () => {
    expect(await decodeShareData(await compressed('{"hallo":1}'))).toMatchObject({ ok: false });
    const deep = await decodeShareData(await compressed('['.repeat(100_000)));
    expect(deep).toMatchObject({ ok: false, message: expect.stringMatching(/te diep genest/) });
  });

  it('finds no data in a fragment without a route', () => {
    expect(shareData('#mentor')).toBeNull();
  });
});

describe('share links that are too large, or a browser without compression', () => {
  it('says a link over the size cap is too large, not that it is damaged', async () => {
    const long = await decodeShareData('A'.repeat(MAX_SHARE_CHARS + 4));
    expect(long).toMatchObject({ ok: false, message: expect.stringMatching(/te groot/) });
    expect(!long.ok && long.message).not.toMatch(/beschadigd/);
    // A few kilobytes that unpack to more than the cap: refused while unpacking.
    const bomb = await compressed(' '.repeat(MAX_SHARE_JSON_BYTES + 1));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeShareData(bomb)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/te groot/),
    });
  });

  it('will not make a link for a route too large to share that way', async () => {
    const words = Array.from({ length: 3000 }, (_, index) => `w${(index * 7919) % 100_003}`);
    const nodes = Array.from({ length: 500 }, (_, index) =>
      makeNode(`n${index}`, {
        description: words.slice(index % 2000, (index % 2000) + 300).join(' '),
      }),
    );
    const encoded = await encodeShareFragment(makeRoute({ nodes, edges: [] }), 1000);
    expect(encoded).toMatchObject({
      ok: false,
      message: expect.stringMatching(/te groot voor een deellink.*routebestand/),
    });
  });

  it('explains instead of throwing when the browser cannot compress', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    vi.stubGlobal('DecompressionStream', undefined);
    expect(await encodeShareFragment(makeRoute())).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Deze browser kan geen deellink maken/),
    });
    expect(await decodeShareData('AAAA')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Deze browser kan deze deellink niet openen/),
    });
  });
});
