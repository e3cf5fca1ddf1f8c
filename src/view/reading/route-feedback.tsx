import { FeedbackSection } from '../components/feedback-section.tsx';

export interface FeedbackTarget {
  to: string;
  /** "de zorgcoördinator van De Regenboog" or "de beheerder van Routekaart". */
  who: string;
}

/** Below the chart: where a reader who spots a mistake can say so. */
export function RouteFeedback({
  target,
  ...page
}: {
  target: FeedbackTarget;
  pageTitle: string;
  path: string;
  builtOn: string;
}) {
  return (
    <FeedbackSection
      {...page}
      className="route-feedback"
      to={target.to}
      explanation={`Zie je een fout, bijvoorbeeld een verkeerd telefoonnummer of een stap die niet meer zo gaat? Mail ${target.who}. De e-mail noemt deze pagina en de datum al; bij een stap kies je eerst de stap in het schema en gebruik je de link in de details.`}
      linkText="Meld een fout in deze route"
    />
  );
}
