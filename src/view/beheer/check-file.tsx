/**
 * "Controleer een ingestuurd bestand": the build's checks on a file a school sent in, what
 * changed against the published route of the same school (the compare view's lists), and
 * the exact name to publish it under. Nothing leaves the browser but a fetch of our own
 * published route file.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type PublishedRef,
  type SubmissionCheck,
  checkSubmission,
} from '../../core/beheer/check-submission.ts';
import { todayIso } from '../../core/dates.ts';
import { hasErrors } from '../../core/problem.ts';
import { diffRoutes } from '../../core/reading/route-diff.ts';
import { summarizeRouteChanges } from '../../core/reading/route-changes.ts';
import { routeJsonUrl } from '../../core/route/reading-urls.ts';
import { routeUrl } from '../../core/route/route-urls.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { decodeTextFile } from '../../core/text-encoding.ts';
import { DiffList } from '../compare/diff-list.tsx';
import { FileProblemList } from '../components/file-problem-list.tsx';
import { RouteFileFields } from '../editor/panels/RouteFileFields.tsx';
import { fileProblemLocation } from '../editor/problem-text.ts';
import { PublishSteps } from './publish-steps.tsx';

export interface CheckFileProps {
  published: readonly PublishedRef[];
  refs: { terms: readonly string[]; organisations: readonly string[] };
}

export function CheckFile({ published, refs }: CheckFileProps) {
  const id = useId();
  const [check, setCheck] = useState<SubmissionCheck | null>(null);
  const [readProblem, setReadProblem] = useState('');
  const result = useRef<HTMLDivElement>(null);
  const contentRefs = useMemo(
    () => ({ terms: new Set(refs.terms), organisations: new Set(refs.organisations) }),
    [refs],
  );
  const run = (text: string) => {
    setReadProblem('');
    setCheck(checkSubmission(text, contentRefs, todayIso(), published));
  };
  useEffect(() => {
    if (check || readProblem) result.current?.focus();
  }, [check, readProblem]);

  return (
    <section aria-labelledby={`${id}-titel`} className="beheer-section">
      <h2 id={`${id}-titel`}>Controleer een ingestuurd bestand</h2>
      <p>
        Kies het routebestand dat een school heeft gestuurd, of plak de inhoud. Je ziet dan alles
        wat niet klopt, wat er veranderd is ten opzichte van de route die nu online staat en onder
        welke naam je het bestand zet.
      </p>
      <RouteFileFields
        idPrefix={id}
        rows={6}
        pasteButtonLabel="Controleer de geplakte tekst"
        onText={(text) => {
          run(text);
          return false;
        }}
        onFile={(bytes) => {
          const decoded = decodeTextFile(bytes);
          if (decoded.ok) run(decoded.text);
          else {
            setCheck(null);
            setReadProblem(decoded.problem.message);
          }
        }}
      />
      <div ref={result} tabIndex={-1} className="check-result">
        {readProblem && <p role="alert">Het bestand kon niet worden gelezen: {readProblem}</p>}
        {check && <CheckResult check={check} />}
      </div>
    </section>
  );
}

function CheckResult({ check }: { check: SubmissionCheck }) {
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  const warnings = check.problems.length - errors.length;
  return (
    <>
      <h3>Wat de controle vond</h3>
      {check.problems.length === 0 ? (
        <p className="check-ok">
          <strong>In orde:</strong> geen fouten en geen waarschuwingen.
        </p>
      ) : (
        <>
          <p>
            {errors.length === 0 ? (
              <strong>Geen fouten</strong>
            ) : (
              <strong>
                {errors.length === 1 ? '1 fout' : `${errors.length} fouten`}: zo kan de route niet
                online
              </strong>
            )}
            {warnings > 0 &&
              `, ${warnings === 1 ? '1 waarschuwing' : `${warnings} waarschuwingen`} (die mogen blijven staan)`}
            .
          </p>
          <FileProblemList
            className="check-problems"
            problems={check.problems}
            place={(pointer) => fileProblemLocation(check.file, pointer)}
          />
        </>
      )}
      {check.route && check.replaces && (
        <PublishedComparison route={check.route} published={check.replaces} />
      )}
      {check.route && !check.replaces && (
        <p>Er staat nog geen route van deze school online: dit wordt een nieuwe route.</p>
      )}
      {check.route && check.fileName && !hasErrors(check.problems) && (
        <PublishSteps
          fileName={check.fileName}
          pageUrl={
            check.replaces?.url ?? routeUrl(check.fileName.replace(/\.json$/, ''), check.route.kind)
          }
          replaces={check.replaces !== null}
        />
      )}
    </>
  );
}

type Fetched = { status: 'loading' } | { status: 'error' } | { status: 'ready'; route: Route };

/** The published route of the same school, fetched from our own site, against the file. */
function PublishedComparison({ route, published }: { route: Route; published: PublishedRef }) {
  const [fetched, setFetched] = useState<{ slug: string; state: Fetched }>({
    slug: published.slug,
    state: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    fetch(routeJsonUrl(published.slug))
      .then((response) => (response.ok ? (response.json() as Promise<Route>) : Promise.reject()))
      .then(
        (online) =>
          current &&
          setFetched({ slug: published.slug, state: { status: 'ready', route: online } }),
        () => current && setFetched({ slug: published.slug, state: { status: 'error' } }),
      );
    return () => {
      current = false;
    };
  }, [published.slug]);
  const state: Fetched = fetched.slug === published.slug ? fetched.state : { status: 'loading' };
  return (
    <div className="published-comparison">
      <h3>Vergeleken met de route die nu online staat</h3>
      <p>
        Dit bestand vervangt de route van <a href={published.url}>{published.name}</a>.
      </p>
      {state.status === 'loading' && <p>De gepubliceerde route wordt geladen…</p>}
      {state.status === 'error' && (
        <p role="alert">De gepubliceerde route kon niet worden geladen om te vergelijken.</p>
      )}
      {state.status === 'ready' && <Differences online={state.route} sent={route} />}
    </div>
  );
}

function Differences({ online, sent }: { online: Route; sent: Route }) {
  const diff = useMemo(() => diffRoutes(online, sent), [online, sent]);
  const a = { slug: 'online', url: '', name: 'de route online', route: online };
  const b = { slug: 'ingestuurd', url: '', name: 'het ingestuurde bestand', route: sent };
  return (
    <>
      <p className="lead">In het kort: {summarizeRouteChanges(online, sent)}</p>
      <DiffList a={a} b={b} diff={diff} level={3} />
    </>
  );
}
