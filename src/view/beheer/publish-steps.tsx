/**
 * The technical part of publishing, for the beheerder (it used to be on /publiceren, where
 * schools read it): where the file goes, the check to run and the pull request.
 */
export function PublishSteps({
  fileName,
  pageUrl,
  replaces = false,
}: {
  /** e.g. "de-regenboog-voorbeeldstad.json"; null explains the steps in general. */
  fileName: string | null;
  /** Where the route will be, e.g. "/school/de-regenboog-voorbeeldstad". */
  pageUrl: string;
  /** Whether the file replaces a published one. */
  replaces?: boolean;
}) {
  const path = `content/routes/${fileName ?? '<naam>.json'}`;
  const page = pageUrl;
  return (
    <div className="publish-steps">
      <h3>Zo zet je het online</h3>
      {fileName && (
        <p>
          Bestandsnaam: <code className="file-name">{path}</code>
          {replaces ? ' (vervangt het bestand dat er nu staat)' : ' (een nieuw bestand)'}
        </p>
      )}
      <ol>
        <li>
          Zet het bestand als <code>{path}</code> in de repository van deze site. De naam van het
          bestand is het adres van de route: <code>{page}</code>.
        </li>
        <li>
          Controleer het zoals de site het bij het bouwen doet:
          <pre className="code-block">
            <code>npm run validate {path}</code>
          </pre>
          Elke melding noemt bestand en veld. Bij een fout stopt de opdracht met exitcode 1 en wordt
          de site niet gebouwd.
        </li>
        <li>
          Open een pull request. De controle draait dan vanzelf; na goedkeuring staat de route bij
          de volgende bouw online, met de vorige versie in de geschiedenis van de route.
        </li>
        <li>Laat de school weten dat de route online staat.</li>
      </ol>
    </div>
  );
}
