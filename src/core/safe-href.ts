/**
 * Links from content may only be web, mail or phone links, or addresses on this site. The
 * schemas and the glossary check already enforce this; the check is repeated where a link
 * is drawn (ContentLink), as a last guard.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export const ALLOWED_LINKS_TEXT =
  'alleen http://, https://, mailto:, tel: en adressen op deze site';

/** The href when it is allowed, else undefined. */
export function safeHref(href: string): string | undefined {
  // A path on this site ("/begrippen", "#mentor"); "//host" would lead to another site.
  if (
    (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) ||
    href.startsWith('#')
  )
    return href;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
