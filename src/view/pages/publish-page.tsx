import content from 'virtual:routekaart/content';
import { Link } from 'react-router';
import { EmbedSnippet } from '../editor/start/EmbedSnippet.tsx';
import type { Route } from './+types/publish-page';
import '../editor/editor.css';

export function loader() {
  return {
    routes: content.routes
      .filter(({ route }) => route.kind === 'school')
      .map(({ slug, route }) => ({ slug, name: route.school?.name ?? route.title })),
  };
}

export function meta() {
  return [
    { title: 'Je route publiceren | Routekaart' },
    {
      name: 'description',
      content: 'Zo komt de route van je school op Routekaart en op je eigen website.',
    },
  ];
}

export default function PublishPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page publish-page">
      <h1>Je route publiceren</h1>
      <p className="lead">
        Een route staat op Routekaart als één bestand in de map <code>content/routes/</code>. De
        naam van het bestand is het adres: <code>de-linde-voorbeeldstad.json</code> wordt{' '}
        <code>/school/de-linde-voorbeeldstad</code>.
      </p>
      <h2>1. Download het routebestand</h2>
      <p>
        Maak of bewerk je route in de <Link to="/bewerken">editor</Link>. Onder{' '}
        <em>Bestand en delen</em> download je het routebestand (JSON). Dat kan pas als de controle
        geen fouten meer vindt; waarschuwingen mogen blijven staan.
      </p>
      <h2>2. Lever het bestand aan</h2>
      <ul>
        <li>
          <strong>Met een pull request</strong> (als je school met Git werkt): zet het bestand in{' '}
          <code>content/routes/</code> van de repository van deze site en open een pull request. De
          controle draait dan vanzelf; na goedkeuring staat de route bij de volgende bouw online.
        </li>
        <li>
          <strong>Door het bestand te sturen</strong>: stuur het gedownloade bestand naar de
          beheerder van deze Routekaart. Noem erbij welke rol de route bijhoudt; een persoonsnaam is
          niet nodig.
        </li>
      </ul>
      <h2>3. Controleer het bestand (voor beheerders)</h2>
      <p>Dezelfde controle als in de editor en bij het bouwen van de site:</p>
      <pre className="code-block">
        <code>npm run validate content/routes/de-linde-voorbeeldstad.json</code>
      </pre>
      <p>
        Elke melding noemt bestand en veld, bijvoorbeeld{' '}
        <code>content/routes/x.json: /nodes/3/id: dubbele stap-id "mentor" (ook bij /nodes/1)</code>
        . Bij fouten stopt de opdracht met exitcode 1 en wordt de site niet gebouwd.
      </p>
      <h2>4. Zet de route op je eigen website</h2>
      <p>
        Elke gepubliceerde route heeft ook een kale versie om in te sluiten, op{' '}
        <code>/embed/&lt;naam&gt;</code>: alleen het schema en de route als tekst, zonder de rest
        van Routekaart. Plak de code hieronder in een pagina van je website.
      </p>
      <EmbedSnippet routes={loaderData.routes} />
    </div>
  );
}
