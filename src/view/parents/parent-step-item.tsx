import { Link } from 'react-router';
import { parentTermUrl } from '../../core/parents/parent-urls.ts';
import { pt, roleText } from '../../core/parents/texts.ts';
import { ContactLinks } from '../components/contact-links.tsx';
import { Fact } from '../components/fact.tsx';
import type { ParentStepView } from './parent-data.ts';

/** One step of the route as a parent lives it: what happens, what they can do, whom they meet. */
export function ParentStepItem({ step }: { step: ParentStepView }) {
  const headingId = `ouders_${step.id}`;
  const { who, when, description } = step.original;
  return (
    <li className="parent-step">
      <h3 id={headingId}>{step.label}</h3>
      <dl className="facts">
        {step.what && <Fact term={pt('route.wat')}>{step.what}</Fact>}
        {step.roleKey && step.roleLabel && (
          <Fact term={pt('route.wie')}>
            <strong>{step.roleLabel}.</strong> {roleText(step.roleKey)}
          </Fact>
        )}
        <Fact term={pt('route.u')}>{step.ask}</Fact>
        {step.consents.length > 0 && (
          <Fact term={pt('toestemming.kop')} className="fact-consent">
            <ul className="parent-consents">
              {step.consents.map((consent, index) => (
                <li key={index}>
                  {consent.about && <strong>{consent.about}. </strong>}
                  {pt('toestemming.wie')} {consent.who}
                </li>
              ))}
            </ul>
            <p>{pt('toestemming.nee')}</p>
          </Fact>
        )}
        {step.contact && (
          <Fact term={pt('route.contact')}>
            <ContactLinks contact={step.contact} />
          </Fact>
        )}
        {step.terms.length > 0 && (
          <Fact term={pt('route.woorden')}>
            <ul className="inline-list">
              {step.terms.map((link) => (
                <li key={link.term}>
                  <Link to={parentTermUrl(link.term)}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
      {(who || when || description) && (
        <details className="parent-original">
          <summary>{pt('route.origineel')}</summary>
          {[when, who, description].filter(Boolean).map((text) => (
            <p key={text}>{text}</p>
          ))}
        </details>
      )}
    </li>
  );
}
