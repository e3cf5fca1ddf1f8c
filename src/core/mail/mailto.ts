/**
 * `mailto:` links (RFC 6068) with a filled-in subject and body. Everything after the address
 * is percent-encoded, so "&", "?", "#" and "=" in a school's name cannot end the subject or
 * start another field; line breaks in the body become CRLF (%0D%0A) as the RFC asks, and a
 * subject is always one line.
 */
export interface MailDraft {
  to: string;
  subject: string;
  body: string;
}

const encode = (text: string) => encodeURIComponent(text);

export function mailtoHref({ to, subject, body }: MailDraft): string {
  // "@" may stay; anything else unusual in the address is encoded like the fields.
  const address = encode(to.trim()).replace(/%40/g, '@');
  const oneLine = subject.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encode(oneLine)}&body=${encode(crlf)}`;
}
