/**
 * A share link holds the whole route in the URL fragment: JSON, deflate-raw compressed
 * (CompressionStream, in every current browser and in Node), base64url encoded. The
 * fragment never reaches a server, so the route stays between the people who share it.
 * Both sides are bounded: the link (Chromium opens URLs up to 2 MB) and what it unpacks to
 * (80 times the largest bundled route, so a small link cannot unpack into a huge one).
 */
import { parseJson } from '../parse-json.ts';
import { megabytes } from '../input-limits.ts';
import { type Route } from '../route/route-schema.ts';
import { compressToBase64url, decompressBase64url } from '../compressed-text.ts';
import { readEditableRoute } from './editable-route.ts';
import { canonicalRoute } from './route-file.ts';

export const SHARE_PARAMETER = 'route';
export const MAX_SHARE_CHARS = 2 * 1024 * 1024;
export const MAX_SHARE_JSON_BYTES = 2 * 1024 * 1024;

export type EncodedShare = { ok: true; fragment: string } | { ok: false; message: string };
export type DecodedShare = { ok: true; route: Route } | { ok: false; message: string };

const TOO_LARGE_TO_OPEN =
  'Deze deellink is te groot om te openen (hoogstens ' +
  `${megabytes(MAX_SHARE_JSON_BYTES)} aan route). Vraag om het routebestand in plaats van een link.`;

const UNREADABLE: Record<'characters' | 'damaged' | 'too-large', string> = {
  characters: 'De deellink is beschadigd: hij bevat tekens die er niet in horen.',
  damaged: 'De deellink is onvolledig of beschadigd. Vraag om een nieuwe link.',
  'too-large': TOO_LARGE_TO_OPEN,
};

export async function encodeShareFragment(
  route: Route,
  maxChars = MAX_SHARE_CHARS,
): Promise<EncodedShare> {
  if (typeof CompressionStream !== 'function')
    return {
      ok: false,
      message:
        'Deze browser kan geen deellink maken. Gebruik een recente browser, of download het routebestand en deel dat.',
    };
  const json = JSON.stringify(canonicalRoute(route));
  const data = await compressToBase64url(json);
  if (new Blob([json]).size > MAX_SHARE_JSON_BYTES || data.length > maxChars)
    return {
      ok: false,
      message: 'Deze route is te groot voor een deellink. Download het routebestand en deel dat.',
    };
  return { ok: true, fragment: `${SHARE_PARAMETER}=${data}` };
}

/** The route data from a fragment ("#route=…" or "route=…"), or null when it has none. */
export function shareData(fragment: string): string | null {
  const parameters = new URLSearchParams(fragment.replace(/^#/, ''));
  return parameters.get(SHARE_PARAMETER);
}

export async function decodeShareData(data: string): Promise<DecodedShare> {
  if (data.length > MAX_SHARE_CHARS) return { ok: false, message: TOO_LARGE_TO_OPEN };
  if (typeof DecompressionStream !== 'function')
    return {
      ok: false,
      message:
        'Deze browser kan deze deellink niet openen. Open hem in een recente browser, of vraag om het routebestand.',
    };
  const inflated = await decompressBase64url(data, MAX_SHARE_JSON_BYTES);
  if (!inflated.ok) return { ok: false, message: UNREADABLE[inflated.reason] };
  const parsed = parseJson(inflated.text);
  if (!parsed.ok)
    return {
      ok: false,
      message: `De deellink bevat geen leesbare route: ${parsed.problem.message}.`,
    };
  const editable = readEditableRoute(parsed.value);
  return editable.ok
    ? { ok: true, route: editable.route }
    : { ok: false, message: `De deellink bevat ${editable.reason}.` };
}
