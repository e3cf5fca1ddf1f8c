import type { ReactNode } from 'react';
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
} from 'react-router';
import type { Route } from './+types/root';
import { NotFound } from './components/not-found.tsx';
import { textOf } from '../core/parents/parent-text.ts';
import { PARENT_TEXTS as LINK_TEXTS } from '../core/parents/link-texts.ts';
import { PARENTS_URL } from '../core/parents/parent-urls.ts';
import { BeheerderContact } from './components/beheerder-contact.tsx';
import './styles/site.css';
import './styles/glossary.css';

export function Layout({ children }: { children: ReactNode }) {
  // Embedded pages (/embed/…) sit in another site's frame: no site header, menu or footer.
  const bare = useMatches().some((match) => match.id === 'embed');
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body className={bare ? 'embedded' : undefined}>
        <a className="skip-link" href="#main_content">
          Naar de inhoud
        </a>
        {!bare && (
          <header className="site-header">
            <Link to="/" className="site-name">
              Routekaart
            </Link>
            <nav aria-label="Hoofdmenu">
              <ul>
                <li>
                  <Link to="/">Scholen en routes</Link>
                </li>
                <li>
                  <Link to={PARENTS_URL}>{textOf(LINK_TEXTS, 'start.ingang')}</Link>
                </li>
                <li>
                  <Link to="/begrippen">Begrippen</Link>
                </li>
                <li>
                  <Link to="/sociale-kaart">Sociale kaart</Link>
                </li>
                <li>
                  <Link to="/samenwerken">Samenwerken</Link>
                </li>
                <li>
                  <Link to="/bewerken">Route maken</Link>
                </li>
              </ul>
            </nav>
          </header>
        )}
        {/* Page ids use "_" so they can never clash with node ids ([a-z0-9-]). */}
        <main id="main_content" tabIndex={-1}>
          {children}
        </main>
        {!bare && (
          <footer className="site-footer">
            <p>
              Routekaart laat zien hoe school en zorg samenwerken rond een leerling. De scholen en
              de regio in de voorbeelden zijn verzonnen.
            </p>
            <p>
              <BeheerderContact />
            </p>
            <p>
              <Link to="/publiceren">Je route publiceren</Link>
              {' · '}
              <Link to="/beheer">Beheer</Link>
            </p>
          </footer>
        )}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <section className="page">
      <title>Er ging iets mis | Routekaart</title>
      <h1>Er ging iets mis</h1>
      <p>
        Deze pagina kon niet worden getoond. Probeer het later opnieuw of ga naar de{' '}
        <Link to="/">startpagina</Link>.
      </p>
    </section>
  );
}
