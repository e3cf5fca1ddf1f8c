/**
 * Every link whose address comes from content (a contact's website, a glossary source, a link
 * in a glossary text) is drawn here: only allowed addresses become links (safe-href.ts), any
 * other is shown as plain text. Links to other sites open with no access back to this page.
 */
import type { ReactNode } from 'react';
import { safeHref } from '../../core/safe-href.ts';

export function ContentLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const safe = href === undefined ? undefined : safeHref(href);
  if (safe === undefined) return <span>{children}</span>;
  const external = /^https?:/i.test(safe);
  return (
    <a href={safe} rel={external ? 'external noopener noreferrer' : undefined}>
      {children}
    </a>
  );
}
