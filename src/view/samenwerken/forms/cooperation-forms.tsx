/** Bijlage 2 in our words: each form of cooperation, its variants, and where a route shows it. */
import { Link } from 'react-router';
import type { PracticeSector } from '../../../core/samenwerken/samenwerken-ids.ts';
import type { FormView, PracticeView } from './forms-data.server.ts';

export const SECTOR_HEADINGS: Record<PracticeSector, string> = {
  po: 'In het primair onderwijs (basisonderwijs en speciaal onderwijs)',
  vo: 'In het voortgezet onderwijs (ook voortgezet speciaal onderwijs)',
  mbo: 'In het mbo',
};

export function CooperationForms({ forms }: { forms: readonly FormView[] }) {
  return (
    <>
      {forms.map((form) => (
        <section
          key={form.id}
          id={`vorm-${form.id}`}
          aria-labelledby={`vorm-${form.id}-kop`}
          className="cooperation-form"
        >
          <h3 id={`vorm-${form.id}-kop`}>{form.title}</h3>
          <p>{form.summary}</p>
          <p className="for-route">
            <strong>In een route: </strong>
            {form.forRoute}
          </p>
          {form.groups.map((group) =>
            group.sector === null && form.groups.length === 1 ? (
              <PracticeList key="all" practices={group.practices} headingLevel={4} />
            ) : (
              <div key={group.sector ?? 'all'} className="practice-group">
                <h4>{group.sector ? SECTOR_HEADINGS[group.sector] : 'In elke onderwijssoort'}</h4>
                <PracticeList practices={group.practices} headingLevel={5} />
              </div>
            ),
          )}
        </section>
      ))}
    </>
  );
}

function PracticeList({
  practices,
  headingLevel,
}: {
  practices: readonly PracticeView[];
  headingLevel: 4 | 5;
}) {
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <ul className="practice-list">
      {practices.map((practice) => (
        <li key={practice.id} id={practice.id} className="practice">
          <Heading>{practice.title}</Heading>
          <p>{practice.text}</p>
          <p className="for-route">
            <strong>In de route: </strong>
            {practice.forRoute}
          </p>
          {practice.links.length > 0 && (
            <>
              <p className="practice-links-title">Bekijk het in een route:</p>
              <ul className="practice-links">
                {practice.links.map((link) => (
                  <li key={link.href}>
                    <Link to={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {practice.terms.length > 0 && (
            <p className="practice-terms">
              Begrippen:{' '}
              {practice.terms.map((term, index) => (
                <span key={term.href}>
                  {index > 0 && ', '}
                  <Link to={term.href}>{term.label}</Link>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
