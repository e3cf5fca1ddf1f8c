import { FeedbackLink } from '../components/feedback-link.tsx';
import type { FeedbackTarget } from './route-feedback.tsx';

/** In a step's details: a mail link that names the step as well as the page. */
export function StepFeedback({
  target,
  pageTitle,
  path,
  step,
  builtOn,
}: {
  target: FeedbackTarget;
  pageTitle: string;
  path: string;
  step: string;
  builtOn: string;
}) {
  return (
    <p className="step-feedback">
      <FeedbackLink to={target.to} pageTitle={pageTitle} path={path} step={step} builtOn={builtOn}>
        {`Klopt er iets niet bij ${step}?`}
      </FeedbackLink>
    </p>
  );
}
