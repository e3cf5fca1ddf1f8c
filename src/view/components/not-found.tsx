import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="page">
      <title>Pagina niet gevonden | Routekaart</title>
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet (meer). Misschien is de route van de school verhuisd of heeft de
        school een andere naam gekregen.
      </p>
      <p>
        <Link to="/">Zoek de school op de startpagina</Link>
      </p>
    </section>
  );
}
