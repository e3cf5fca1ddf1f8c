import site from 'virtual:routekaart/site';
import { FeedbackLink } from './feedback-link.tsx';

/**
 * "Klopt er iets niet?" at the end of a page the beheerder keeps (an organisation on the
 * social map, a glossary word): a mail to the beheerder with this page and the date.
 */
export function PageFeedback({
  pageTitle,
  path,
  builtOn,
}: {
  pageTitle: string;
  path: string;
  builtOn: string;
}) {
  return (
    <section aria-labelledby="feedback_heading" className="page-feedback">
      <h2 id="feedback_heading">Klopt er iets niet?</h2>
      <p>
        Zie je een fout of is iets veranderd? Mail de beheerder van deze Routekaart,{' '}
        {site.beheerder.organisation}. De e-mail noemt deze pagina en de datum al.
      </p>
      <p>
        <FeedbackLink to={site.beheerder.email} pageTitle={pageTitle} path={path} builtOn={builtOn}>
          Meld een fout op deze pagina
        </FeedbackLink>
      </p>
    </section>
  );
}
