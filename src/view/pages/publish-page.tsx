import content from 'virtual:routekaart/content';
import site from 'virtual:routekaart/site';
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

/** For the school: three steps in the browser, no files to place and no commands to type. */
export default function PublishPage({ loaderData }: Route.ComponentProps) {
  const { organisation, email, phone, fictional } = site.beheerder;
  return (
    <div className="page publish-page">
      <h1>Je route publiceren</h1>
      <p className="lead">
        Zo komt de ondersteuningsroute van je school op Routekaart. Je doet alles in de browser; de
        beheerder zet de route daarna online.
      </p>
      <h2>1. Maak of verander je route</h2>
      <p>
        Open de <Link to="/bewerken">editor</Link>. Begin met een voorbeeldroute voor jouw soort
        school, of kies de route van je school als die er al staat.
      </p>
      <h2>2. Laat de editor controleren</h2>
      <p>
        Onder <em>Controle</em> zie je wat er nog moet. Zolang daar fouten of lege verplichte velden
        staan, kun je de route nog niet versturen. Waarschuwingen mogen blijven staan.
      </p>
      <h2>3. Stuur de route naar de beheerder</h2>
      <p>
        Kies in de editor onder <em>Bestand en delen</em> de knop{' '}
        <strong>Stuur naar de beheerder</strong>. Het routebestand wordt dan gedownload en je
        e-mailprogramma opent een e-mail aan de beheerder, met onderwerp en tekst al ingevuld. Voeg
        het gedownloade bestand toe als bijlage, schrijf erbij wat er veranderd is en verstuur de
        e-mail.
      </p>
      <section className="beheerder-card" aria-labelledby="beheerder_heading">
        <h3 id="beheerder_heading">De beheerder</h3>
        <p>
          {organisation}
          {fictional && ' (een verzonnen voorbeeld)'}
          <br />
          E-mail: <a href={`mailto:${email}`}>{email}</a>
          {phone && (
            <>
              <br />
              Telefoon: <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a>
            </>
          )}
        </p>
      </section>
      <p>
        Schrijf in de route alleen rollen en functieadressen, nooit namen van personen of gegevens
        van leerlingen. De beheerder controleert de route en laat je weten wanneer hij online staat.
      </p>
      <h2>4. Zet de route op je eigen website</h2>
      <p>
        Staat de route online, dan kun je hem ook op de website van je school laten zien: alleen het
        schema en de route als tekst. Plak de code hieronder in een pagina van je website.
      </p>
      <EmbedSnippet routes={loaderData.routes} />
    </div>
  );
}
