import { Link } from 'react-router';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';
import type { Sector } from '../../core/route/route-schema.ts';
import { PLAN_URL, SCAN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { CooperationForms } from './forms/cooperation-forms.tsx';
import { formViews } from './forms/forms-data.server.ts';
import { samenwerkenContent, templateRoutes } from './samenwerken-data.server.ts';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/samenwerken-page';
import './samenwerken.css';

export function loader() {
  const { forms } = samenwerkenContent();
  return {
    intro: forms.intro,
    forms: formViews(forms),
    sources: forms.sources,
    templates: templateRoutes(),
  };
}

export function meta() {
  return [
    { title: 'Samenwerken | Routekaart' },
    {
      name: 'description',
      content:
        'Vormen van samenwerking tussen school en jeugdhulp in po, vo en mbo, en wat je daarvan terugziet in een ondersteuningsroute.',
    },
  ];
}

export default function SamenwerkenPage({ loaderData }: Route.ComponentProps) {
  const { intro, forms, sources, templates } = loaderData;
  return (
    <div className="page samenwerken-page">
      <h1>Samenwerken tussen school en jeugdhulp</h1>
      <p className="lead">
        Een route laat zien wie wat doet als er zorgen zijn over een leerling. Hier gaat het over de
        samenwerking zelf: hoe gaat die, wat willen jullie verbeteren, en welke vormen van
        samenwerking zijn er?
      </p>
      <section aria-labelledby="hulpmiddelen-kop">
        <h2 id="hulpmiddelen-kop">Samen werken aan de samenwerking</h2>
        <ul className="card-list tool-cards">
          <li className="card">
            <Link to={SCAN_URL}>Zelfscan: hoe werken wij samen?</Link>
            <span className="card-meta">
              Twaalf elementen die samenwerken sterker maken. Wat gaat goed, wat kan beter? Vul hem
              ieder apart in en bekijk de antwoorden samen.
            </span>
          </li>
          <li className="card">
            <Link to={PLAN_URL}>Plan van aanpak</Link>
            <span className="card-meta">
              Van verbeterpunten naar doelen, activiteiten en afspraken. Druk het af als formulier
              voor je bestuur.
            </span>
          </li>
        </ul>
      </section>
      <nav aria-label="Op deze pagina" className="page-contents">
        <ul>
          <li>
            <a href="#vormen">Vormen van samenwerking</a>
            <ul>
              {forms.map((form) => (
                <li key={form.id}>
                  <a href={`#vorm-${form.id}`}>{form.title}</a>
                </li>
              ))}
            </ul>
          </li>
          <li>
            <a href="#sjablonen">De vormen in de sjabloonroutes</a>
          </li>
        </ul>
      </nav>
      <section id="vormen" aria-labelledby="vormen-kop">
        <h2 id="vormen-kop">Vormen van samenwerking</h2>
        <p className="section-intro">{intro}</p>
        <CooperationForms forms={forms} />
      </section>
      <section id="sjablonen" aria-labelledby="sjablonen-kop">
        <h2 id="sjablonen-kop">De vormen in de sjabloonroutes</h2>
        <p>
          De sjabloonroutes laten zien hoe het op de meeste scholen gaat. Kijk daarin wie er in het
          ondersteuningsteam zitten en welke partners buiten school staan: daar zie je welke vorm
          van samenwerking een school kiest.
        </p>
        <ul className="card-list">
          {templates.map((template) => (
            <li key={template.href} className="card">
              <Link to={template.href}>{template.label}</Link>
              <span className="card-meta">
                {SECTOR_LABELS[template.sector as Sector] ?? template.sector}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <SourcesList sources={sources} id="bronnen-kop" />
    </div>
  );
}
