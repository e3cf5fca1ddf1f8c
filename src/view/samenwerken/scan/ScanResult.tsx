/**
 * The result of one scan or of several people's scans together: at a glance (a chart and the
 * same data as lists), per element with the notes, and what to do next (print, download,
 * share, keep, make a plan).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { combineScans } from '../../../core/samenwerken/combine-scans.ts';
import { formatDutchDate } from '../../../core/dates.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import { SCAN_URL } from '../../../core/samenwerken/samenwerken-urls.ts';
import { ScanChart } from './ScanChart.tsx';
import { ScanResultActions } from './ScanResultActions.tsx';
import { ScanSummary } from './ScanSummary.tsx';
import { ScanTable } from './ScanTable.tsx';
import type { ElementTexts } from './scan-words.ts';

export function ScanResult({
  scans,
  storedIds,
  elements,
}: {
  scans: readonly Scan[];
  /** The scans' ids in this browser, or null for scans from a share link. */
  storedIds: readonly string[] | null;
  elements: readonly ElementTexts[];
}) {
  const combined = combineScans(scans);
  const [keptIds, setKeptIds] = useState<readonly string[] | null>(storedIds);
  const dates = [...new Set(scans.flatMap((scan) => scan.date ?? []))].sort();
  return (
    <div className="scan-result">
      <div className="scan-result-head">
        <p className="route-kicker">
          {scans.length === 1 ? 'Uitkomst van één zelfscan' : `${scans.length} zelfscans samen`}
        </p>
        <p className="scan-partnership">
          {combined.partnerships.join(' · ') || 'Samenwerking niet ingevuld'}
        </p>
        <dl className="route-meta">
          <div>
            <dt>Ingevuld door</dt>
            <dd>{combined.respondents.join(', ')}</dd>
          </div>
          {dates.length > 0 && (
            <div>
              <dt>{dates.length === 1 ? 'Datum' : 'Data'}</dt>
              <dd>{dates.map(formatDutchDate).join(', ')}</dd>
            </div>
          )}
        </dl>
        {combined.partnerships.length > 1 && (
          <p className="editor-notice editor-notice--warning">
            Let op: deze zelfscans gaan over verschillende samenwerkingen. Bekijk ze samen alleen
            als dat zo bedoeld is.
          </p>
        )}
        {storedIds === null && keptIds === null && (
          <p className="editor-notice">
            Deze uitkomst komt uit een deellink en staat nog niet in deze browser.
          </p>
        )}
      </div>
      <ScanChart combined={combined} elements={elements} />
      <ScanSummary combined={combined} elements={elements} />
      <ScanTable combined={combined} elements={elements} />
      <ScanResultActions
        scans={scans}
        combined={combined}
        keptIds={keptIds}
        onKept={setKeptIds}
        elements={elements}
      />
      <p className="screen-only">
        <Link to={SCAN_URL}>Naar al je zelfscans</Link>
      </p>
    </div>
  );
}
