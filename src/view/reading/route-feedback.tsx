import { FeedbackLink } from '../components/feedback-link.tsx';

export interface FeedbackTarget {
  to: string;
  /** "de zorgcoördinator van De Regenboog" or "de beheerder van Routekaart". */
  who: string;
}

/** Below the chart: where a reader who spots a mistake can say so. */
export function RouteFeedback({
  target,
  pageTitle,
  path,
  builtOn,
}: {
  target: FeedbackTarget;
  pageTitle: string;
  path: string;
  builtOn: string;
}) {
  return (
    <section aria-labelledby="feedback_heading" className="route-feedback">
      <h2 id="feedback_heading">Klopt er iets niet?</h2>
      <p>
        Zie je een fout, bijvoorbeeld een verkeerd telefoonnummer of een stap die niet meer zo gaat?
        Mail {target.who}. De e-mail noemt deze pagina en de datum al; bij een stap kies je eerst de
        stap in het schema en gebruik je de link in de details.
      </p>
      <p>
        <FeedbackLink to={target.to} pageTitle={pageTitle} path={path} builtOn={builtOn}>
          Meld een fout in deze route
        </FeedbackLink>
      </p>
    </section>
  );
}
