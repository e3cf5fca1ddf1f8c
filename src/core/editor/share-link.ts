/**
 * A share link holds the whole route in the URL fragment: JSON, deflate-raw compressed
 * (CompressionStream, in every current browser and in Node), base64url encoded. The
 * fragment never reaches a server, so the route stays between the people who share it.
 */
import { type Route } from '../route/route-schema.ts';
import { compressToBase64url, decompressBase64url } from '../compressed-text.ts';
import { readEditableRoute } from './editable-route.ts';
import { canonicalRoute } from './route-file.ts';

export const SHARE_PARAMETER = 'route';

export type DecodedShare = { ok: true; route: Route } | { ok: false; message: string };

export async function encodeShareFragment(route: Route): Promise<string> {
  const json = JSON.stringify(canonicalRoute(route));
  return `${SHARE_PARAMETER}=${await compressToBase64url(json)}`;
}

/** The route data from a fragment ("#route=…" or "route=…"), or null when it has none. */
export function shareData(fragment: string): string | null {
  const parameters = new URLSearchParams(fragment.replace(/^#/, ''));
  return parameters.get(SHARE_PARAMETER);
}

export async function decodeShareData(data: string): Promise<DecodedShare> {
  const inflated = await decompressBase64url(data);
  if (!inflated.ok)
    return {
      ok: false,
      message:
        inflated.reason === 'characters'
          ? 'De deellink is beschadigd: hij bevat tekens die er niet in horen.'
          : 'De deellink is onvolledig of beschadigd. Vraag om een nieuwe link.',
    };
  let value: unknown;
  try {
    value = JSON.parse(inflated.text);
  } catch {
    return { ok: false, message: 'De deellink bevat geen leesbare route.' };
  }
  const editable = readEditableRoute(value);
  return editable.ok
    ? { ok: true, route: editable.route }
    : { ok: false, message: `De deellink bevat ${editable.reason}.` };
}
