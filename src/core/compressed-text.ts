/**
 * Text in a URL fragment: deflate-raw compressed (CompressionStream, in every current browser
 * and in Node), base64url encoded. Share links use it so that what is shared never reaches a
 * server: the fragment stays in the browser.
 */
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';

/** Larger than any valid route (500 nodes of full text), small enough to refuse a zip bomb. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

export async function compressToBase64url(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return bytesToBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** Why a fragment could not be read: characters outside base64url, damaged data, or too much. */
export type Decompressed =
  { ok: true; text: string } | { ok: false; reason: 'characters' | 'damaged' | 'too-large' };

/** Unpacks at most `maxBytes`: a small link may not unpack into a huge text (a zip bomb). */
export async function decompressBase64url(
  data: string,
  maxBytes = MAX_TEXT_BYTES,
): Promise<Decompressed> {
  const bytes = base64urlToBytes(data);
  if (!bytes) return { ok: false, reason: 'characters' };
  const text = await inflate(bytes, maxBytes);
  if (text === 'too-large') return { ok: false, reason: 'too-large' };
  return text === null ? { ok: false, reason: 'damaged' } : { ok: true, text };
}

async function inflate(bytes: Uint8Array, maxBytes: number): Promise<string | 'too-large' | null> {
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
      if (size > maxBytes) {
        await reader.cancel();
        return 'too-large';
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
