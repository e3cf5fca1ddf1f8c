import { todayIso } from '../../core/dates.ts';
import { feedbackMail } from '../../core/mail/feedback-mail.ts';
import { mailtoHref } from '../../core/mail/mailto.ts';
import { useHydrated } from '../chart/use-hydrated.ts';

export interface FeedbackLinkProps {
  /** A function address: the route's own, or the beheerder's. */
  to: string;
  pageTitle: string;
  /** The page's path (with `#step` for a step); made absolute in the browser. */
  path: string;
  step?: string;
  /** The date in the prerendered link; the browser fills in today once it runs. */
  builtOn: string;
  children: string;
}

/**
 * "Klopt er iets niet?": a mail link with the page, the step and the date filled in. No
 * form and no server: the reader's own mail program sends it.
 */
export function FeedbackLink({ to, pageTitle, path, step, builtOn, children }: FeedbackLinkProps) {
  const hydrated = useHydrated();
  const mail = feedbackMail({
    to,
    pageTitle,
    pageUrl: hydrated ? new URL(path, window.location.href).href : path,
    ...(step !== undefined && { step }),
    today: hydrated ? todayIso() : builtOn,
  });
  return (
    <a className="feedback-link" href={mailtoHref(mail)}>
      {children}
    </a>
  );
}
