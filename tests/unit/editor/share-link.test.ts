import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from '../../../src/core/base64url.ts';
import {
  decodeShareData,
  encodeShareFragment,
  shareData,
} from '../../../src/core/editor/share-link.ts';
import { makeChainRoute, makeNode, makeRoute } from '../factories.ts';

async function roundTrip(route: ReturnType<typeof makeRoute>) {
  const fragment = await encodeShareFragment(route);
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
    const fragment = await encodeShareFragment(makeChainRoute(150));
    expect(fragment.length).toBeLessThan(JSON.stringify(makeChainRoute(150)).length / 3);
  });

  it('reports a cut-off or garbled link in Dutch', async () => {
    const fragment = await encodeShareFragment(makeRoute());
    const data = shareData(fragment)!;
    expect(await decodeShareData(data.slice(0, data.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringContaining('deellink'),
    });
    expect(await decodeShareData('!!!')).toMatchObject({ ok: false });
  });

  it('refuses data that is not a route', async () => {
    const stream = new Blob(['{"hallo":1}'])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect(await decodeShareData(bytesToBase64url(bytes))).toMatchObject({ ok: false });
  });

  it('finds no data in a fragment without a route', () => {
    expect(shareData('#mentor')).toBeNull();
  });
});
