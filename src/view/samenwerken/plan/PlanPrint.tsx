/**
 * The plan as a filled-in form, for the board or the file: the parts of the paper form in
 * their order, checked boxes for the chosen accents, the goals as the form's table. A4.
 */
import { Link } from 'react-router';
import { formatDutchDate } from '../../../core/dates.ts';
import type { AccentGroup, Plan } from '../../../core/samenwerken/plan-schema.ts';
import type { PlanParts } from './plan-parts.ts';
import { PlanTable } from './PlanTable.tsx';
import { ACCENT_PARTS, SCOPE_PARTS, planTitle } from './plan-words.ts';

export function PlanPrint({
  plan,
  parts,
  editUrl,
}: {
  plan: Plan;
  parts: PlanParts;
  editUrl: string;
}) {
  const options: Record<AccentGroup, { id: string; title: string }[]> = {
    areas: parts.areas,
    forms: parts.forms,
    levels: parts.levels,
  };
  const people = plan.filledBy
    .filter((person) => person.role || person.name)
    .map((person) => (person.name ? `${person.name} (${person.role})` : person.role));
  const routes = plan.routes.map(
    (slug) => parts.routes.find((route) => route.slug === slug) ?? { slug, label: slug, href: '' },
  );
  return (
    <>
      <div className="print-toolbar screen-only">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Afdrukken of bewaren als PDF
        </button>
        <Link to={editUrl}>Terug naar het plan</Link>
        <p>Zo ziet het plan eruit op papier (A4 staand).</p>
      </div>
      <article className="plan-form" aria-labelledby="plan-form-titel">
        <header className="plan-form-head">
          <p className="plan-form-kicker">Plan van aanpak</p>
          <h1 id="plan-form-titel">Interprofessionele samenwerking onderwijs en jeugdhulp</h1>
          <dl className="plan-form-details">
            <div>
              <dt>Naam en gemeente lerende praktijk</dt>
              <dd>{planTitle(plan)}</dd>
            </div>
            <div>
              <dt>Datum</dt>
              <dd>{plan.date ? formatDutchDate(plan.date) : '—'}</dd>
            </div>
            <div>
              <dt>Contactpersoon netwerk</dt>
              <dd>{plan.contact || '—'}</dd>
            </div>
            <div>
              <dt>Ingevuld door</dt>
              <dd>{people.join(', ') || '—'}</dd>
            </div>
          </dl>
        </header>
        <section aria-labelledby="form-accenten" className="plan-form-part">
          <h2 id="form-accenten">
            1. Accenten in het versterken van interprofessionele samenwerking
          </h2>
          {(['areas', 'forms', 'levels'] as const).map((group) => {
            const accent = plan.accents[group];
            const part = ACCENT_PARTS[group];
            return (
              <div key={group} className="plan-form-accent">
                <h3>
                  {part.letter}. {part.title}
                </h3>
                <ul className="checklist">
                  {options[group].map((option) => {
                    const on = (accent.chosen as readonly string[]).includes(option.id);
                    return (
                      <li key={option.id} className={on ? 'checked' : undefined}>
                        <span aria-hidden="true" className="box">
                          {on ? '☒' : '☐'}
                        </span>{' '}
                        {option.title}
                        <span className="visually-hidden">
                          {on ? ' (gekozen)' : ' (niet gekozen)'}
                        </span>
                      </li>
                    );
                  })}
                </ul>
                <p className="answer-label">{part.question}</p>
                <p className="answer">{accent.note || '—'}</p>
              </div>
            );
          })}
        </section>
        <section aria-labelledby="form-plan" className="plan-form-part">
          <h2 id="form-plan">2. Plan van aanpak</h2>
          <PlanTable goals={plan.goals} />
        </section>
        <section aria-labelledby="form-afbakening" className="plan-form-part">
          <h2 id="form-afbakening">3. Afbakening, haalbaarheid en randvoorwaarden</h2>
          <dl className="scope-list">
            {(['afbakening', 'haalbaarheid', 'randvoorwaarden'] as const).map((key) => (
              <div key={key}>
                <dt>
                  {SCOPE_PARTS[key].label}:{' '}
                  <span className="scope-question">{SCOPE_PARTS[key].question}</span>
                </dt>
                <dd className="answer">{plan.scope[key] || '—'}</dd>
              </div>
            ))}
          </dl>
        </section>
        {routes.length > 0 && (
          <section aria-labelledby="form-routes" className="plan-form-part">
            <h2 id="form-routes">Routes waar dit plan over gaat</h2>
            <ul>
              {routes.map((route) =>
                route.href ? (
                  <li key={route.slug}>
                    <Link to={route.href}>{route.label}</Link>
                  </li>
                ) : (
                  <li key={route.slug}>{route.label}</li>
                ),
              )}
            </ul>
          </section>
        )}
        <footer className="plan-form-foot">
          Gemaakt met Routekaart, naar het formulier “Plan van aanpak interprofessionele
          samenwerking onderwijs en jeugdhulp” van Netwerk Met Andere Ogen. Aandachtsgebieden naar
          Jonkman e.a. (2021), Verwey-Jonker Instituut.
        </footer>
      </article>
    </>
  );
}
