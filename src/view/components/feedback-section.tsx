import type { ReactNode } from 'react';
import { type FeedbackLinkProps, FeedbackLink } from './feedback-link.tsx';

/**
 * "Klopt er iets niet?" at the end of a page: whom to tell and a mail link that already names
 * the page and the date. The route page and the pages the beheerder keeps say it in their words.
 */
export function FeedbackSection({
  className,
  explanation,
  linkText,
  ...link
}: Omit<FeedbackLinkProps, 'children' | 'step'> & {
  className: string;
  explanation: ReactNode;
  linkText: string;
}) {
  return (
    <section aria-labelledby="feedback_heading" className={className}>
      <h2 id="feedback_heading">Klopt er iets niet?</h2>
      <p>{explanation}</p>
      <p>
        <FeedbackLink {...link}>{linkText}</FeedbackLink>
      </p>
    </section>
  );
}
