import { Link } from 'react-router';
import { SOCIAL_MAP_PARENT_TEXTS } from '../../core/parents/social-map-texts.ts';
import type {
  ResolvedQuestion,
  ResolvedStep,
  StepPlace,
} from '../../core/socialmap/question-steps.ts';
import { socialMapUrl } from '../../core/socialmap/social-map-model.ts';
import type { Audience } from './audience-switch.tsx';
import { ContactLines } from './contact-points.tsx';
import type { TermLinks } from './term-links.ts';

/** The glossary's convention for "open the meaning for parents first" (issue 12). */
const PARENT_MEANING_QUERY = 'voor=ouders';

/**
 * The answer to one question: whom to go to first, and where it may lead next. Parents get
 * the parent answer (its own steps, in plain words); a question without one says so and
 * shows the professional steps rather than nothing.
 */
export function QuestionAnswer({
  question,
  terms,
  audience = 'professional',
}: {
  question: ResolvedQuestion;
  terms: TermLinks;
  audience?: Audience;
}) {
  const links = question.terms.flatMap((id) => terms[id] ?? []);
  const parent = audience === 'parent' ? question.parentAnswer : undefined;
  const { first, next } = parent ?? question;
  return (
    <div className="answer">
      {parent?.intro && <p className="answer-intro">{parent.intro}</p>}
      {audience === 'parent' && !parent && (
        <p className="answer-intro">{SOCIAL_MAP_PARENT_TEXTS.noParentAnswer}</p>
      )}
      <p className="answer-label">Ga eerst naar</p>
      <StepCard step={first} first />
      {next.length > 0 && (
        <>
          <p className="answer-label">Daarna, als dat nodig is</p>
          <ol className="answer-next">
            {next.map((step, index) => (
              <li key={index}>
                <StepCard step={step} />
              </li>
            ))}
          </ol>
        </>
      )}
      {links.length > 0 && (
        <p className="answer-terms">
          Begrippen:{' '}
          {links.map((link, index) => (
            <span key={link.id}>
              {index > 0 && ', '}
              <Link to={audience === 'parent' ? `${link.href}?${PARENT_MEANING_QUERY}` : link.href}>
                {link.label}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function StepCard({ step, first = false }: { step: ResolvedStep; first?: boolean }) {
  const [contact] = step.contactPoints;
  return (
    <div className={first ? 'step-card step-card--first' : 'step-card'}>
      <p className="step-title">
        {step.organisation ? (
          <Link to={socialMapUrl(step.organisation.id)}>{step.title}</Link>
        ) : (
          <strong>{step.title}</strong>
        )}
        {step.where.length > 0 && (
          <span className="step-where"> — bij: {step.where.join(', ')}</span>
        )}
      </p>
      <p>{step.why}</p>
      {contact && (
        <p className="step-contact">
          <ContactLines point={contact} />
        </p>
      )}
      {step.places.length > 0 && <StepPlaces places={step.places} />}
    </div>
  );
}

/** A step by role: where in the region you meet that role, and how to get in touch there. */
function StepPlaces({ places }: { places: readonly StepPlace[] }) {
  return (
    <>
      <p className="step-places-label">Zo neemt u contact op:</p>
      <ul className="step-places">
        {places.map((place) => (
          <li key={place.organisation.id}>
            <Link to={socialMapUrl(place.organisation.id)}>{place.organisation.name}</Link>{' '}
            <span className="step-where">({place.areas.join(', ')})</span>
            <span className="step-contact">
              <ContactLines point={place.contactPoint} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
