/**
 * The result at a glance: per element a bar, "kan beter" to the left of the middle line and
 * "gaat goed" to the right, with the other answers as words beside it. Drawn with HTML so it
 * wraps on a phone and prints as it shows; the same data follows as text (ScanSummary, ScanTable).
 */
import type { CombinedScan, ElementTally } from '../../../core/samenwerken/combine-scans.ts';
import { SCORE_LABELS } from '../../../core/samenwerken/samenwerken-ids.ts';
import type { ElementTexts } from './scan-words.ts';

export function ScanChart({
  combined,
  elements,
}: {
  combined: CombinedScan;
  elements: readonly ElementTexts[];
}) {
  const many = combined.scans > 1;
  return (
    <figure className="scan-chart" aria-labelledby="scan-chart-titel">
      <figcaption id="scan-chart-titel">
        <h2>In één oogopslag</h2>
      </figcaption>
      <div
        role="img"
        aria-label={`Staafdiagram: per element ${many ? 'hoeveel mensen' : 'of'} "kan beter" (links) of "gaat goed" (rechts) ${many ? 'kozen' : 'is gekozen'}. Dezelfde gegevens staan hieronder als tekst.`}
      >
        <div className="scan-chart-scale" aria-hidden="true">
          <span className="scan-chart-scale-labels">
            <span>← {SCORE_LABELS['kan-beter']}</span>
            <span>{SCORE_LABELS['gaat-goed']} →</span>
          </span>
        </div>
        {combined.elements.map((item, index) => (
          <ChartRow
            key={item.element}
            number={index + 1}
            title={elements.find((element) => element.id === item.element)?.title ?? item.element}
            item={item}
            total={combined.scans}
          />
        ))}
      </div>
    </figure>
  );
}

function ChartRow({
  number,
  title,
  item,
  total,
}: {
  number: number;
  title: string;
  item: ElementTally;
  total: number;
}) {
  const many = total > 1;
  const width = (count: number) => `${(count / total) * 100}%`;
  const better = item.counts['kan-beter'];
  const good = item.counts['gaat-goed'];
  const others = [
    item.counts['weten-we-niet'] > 0 &&
      `weten we niet${many ? `: ${item.counts['weten-we-niet']}` : ''}`,
    item.counts['niet-van-toepassing'] > 0 &&
      `niet van toepassing${many ? `: ${item.counts['niet-van-toepassing']}` : ''}`,
    item.unanswered > 0 && `nog open${many ? `: ${item.unanswered}` : ''}`,
  ].filter(Boolean);
  return (
    <div className={`scan-row scan-row--${item.verdict}`}>
      <span className="scan-row-label">
        {number}. {title}
      </span>
      <span className="scan-bar">
        <span className="scan-half scan-half--left">
          {better > 0 && (
            <span className="scan-segment scan-segment--kan-beter" style={{ width: width(better) }}>
              {many ? better : SCORE_LABELS['kan-beter']}
            </span>
          )}
        </span>
        <span className="scan-half scan-half--right">
          {good > 0 && (
            <span className="scan-segment scan-segment--gaat-goed" style={{ width: width(good) }}>
              {many ? good : SCORE_LABELS['gaat-goed']}
            </span>
          )}
        </span>
      </span>
      <span className="scan-row-other">
        {item.disagreement && <strong className="disagreement-tag">verdeeld</strong>}
        {others.join(' · ')}
      </span>
    </div>
  );
}
