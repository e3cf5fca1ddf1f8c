/**
 * A share link holds the whole route in the URL fragment: JSON, deflate-raw compressed
 * (CompressionStream, in every current browser and in Node), base64url encoded. The
 * fragment never reaches a server, so the route stays between the people who share it.
 */
import { type Route } from '../route/route-schema.ts';
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { readEditableRoute } from './editable-route.ts';
import { canonicalRoute } from './route-file.ts';

export const SHARE_PARAMETER = 'route';
/** Larger than any valid route (500 nodes of full text), small enough to refuse a zip bomb. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

export type DecodedShare = { ok: true; route: Route } | { ok: false; message: string };

export async function encodeShareFragment(route: Route): Promise<string> {
  const json = JSON.stringify(canonicalRoute(route));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${SHARE_PARAMETER}=${bytesToBase64url(bytes)}`;
}

/** The route data from a fragment ("#route=…" or "route=…"), or null when it has none. */
export function shareData(fragment: string): string | null {
  const parameters = new URLSearchParams(fragment.replace(/^#/, ''));
  return parameters.get(SHARE_PARAMETER);
}

export async function decodeShareData(data: string): Promise<DecodedShare> {
  const bytes = base64urlToBytes(data);
  if (!bytes)
    return {
      ok: false,
      message: 'De deellink is beschadigd: hij bevat tekens die er niet in horen.',
    };
  const json = await inflate(bytes);
  if (json === null)
    return {
      ok: false,
      message: 'De deellink is onvolledig of beschadigd. Vraag om een nieuwe link.',
    };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'De deellink bevat geen leesbare route.' };
  }
  const editable = readEditableRoute(value);
  return editable.ok
    ? { ok: true, route: editable.route }
    : { ok: false, message: `De deellink bevat ${editable.reason}.` };
}

async function inflate(bytes: Uint8Array): Promise<string | null> {
  try {
    const stream = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_JSON_BYTES) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await new Blob(chunks as BlobPart[]).arrayBuffer(),
    );
  } catch {
    return null;
  }
}
