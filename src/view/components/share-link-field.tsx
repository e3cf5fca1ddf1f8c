/**
 * A share link once made: shown in a read-only field (selected on focus, as it can be very
 * long) with a copy button that falls back to copying by hand. The editor's draft link and
 * the scan and plan links.
 */
import { type Ref, useId, useState } from 'react';

export function ShareLinkField({
  link,
  updating = false,
  fieldRef,
}: {
  link: string;
  /** The work changed and a new link is being made: the one shown is out of date. */
  updating?: boolean;
  fieldRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  // Tied to its link: a new link has not been copied yet.
  const [copied, setCopied] = useState({ link, message: '' });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ link, message: 'De link staat op het klembord.' });
    } catch {
      setCopied({ link, message: 'Kopiëren lukte niet: selecteer de link en kopieer hem zelf.' });
    }
  };
  const message = copied.link === link ? copied.message : '';
  return (
    <div className="field">
      <label htmlFor={`${id}-link`}>Deellink ({link.length} tekens)</label>
      <input
        ref={fieldRef}
        id={`${id}-link`}
        readOnly
        value={link}
        aria-busy={updating || undefined}
        onFocus={(event) => event.target.select()}
      />
      <button type="button" className="button" onClick={copy} disabled={updating}>
        Kopieer de link
      </button>
      <p role="status">{updating ? 'De link wordt bijgewerkt…' : message}</p>
    </div>
  );
}
