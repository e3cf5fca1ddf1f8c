import site from 'virtual:routekaart/site';
import { FeedbackSection } from './feedback-section.tsx';

/**
 * "Klopt er iets niet?" at the end of a page the beheerder keeps (an organisation on the
 * social map, a glossary word): a mail to the beheerder with this page and the date.
 */
export function PageFeedback(page: { pageTitle: string; path: string; builtOn: string }) {
  return (
    <FeedbackSection
      {...page}
      className="page-feedback"
      to={site.beheerder.email}
      explanation={`Zie je een fout of is iets veranderd? Mail de beheerder van deze Routekaart, ${site.beheerder.organisation}. De e-mail noemt deze pagina en de datum al.`}
      linkText="Meld een fout op deze pagina"
    />
  );
}
