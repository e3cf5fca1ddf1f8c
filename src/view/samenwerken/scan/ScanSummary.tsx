/** The chart's data as words: which elements go well, can be better, divide the team, or are unknown. */
import type {
  CombinedScan,
  ElementTally,
  Verdict,
} from '../../../core/samenwerken/combine-scans.ts';
import type { ElementTexts } from './scan-words.ts';

const GROUPS: { verdict: Verdict; title: string; hint: string }[] = [
  { verdict: 'sterk', title: 'Gaat goed', hint: 'Sterke punten om vast te houden.' },
  {
    verdict: 'verbeterpunt',
    title: 'Kan beter',
    hint: 'Mogelijke doelen voor een plan van aanpak.',
  },
  {
    verdict: 'verdeeld',
    title: 'Verdeeld',
    hint: 'De een vindt dat het goed gaat, de ander dat het beter kan. Bespreek waarom.',
  },
  { verdict: 'onbekend', title: 'Weten we niet', hint: 'Hier ontbreekt zicht op hoe het gaat.' },
  { verdict: 'niet-van-toepassing', title: 'Niet van toepassing', hint: '' },
  { verdict: 'open', title: 'Nog niet beantwoord', hint: '' },
];

export function ScanSummary({
  combined,
  elements,
}: {
  combined: CombinedScan;
  elements: readonly ElementTexts[];
}) {
  const title = (item: ElementTally) =>
    elements.find((element) => element.id === item.element)?.title ?? item.element;
  const many = combined.scans > 1;
  return (
    <section aria-labelledby="samengevat-kop" className="scan-summary">
      <h2 id="samengevat-kop">Samengevat</h2>
      <div className="summary-groups">
        {GROUPS.map((group) => {
          const items = combined.elements.filter((item) => item.verdict === group.verdict);
          if (items.length === 0) return null;
          return (
            <section
              key={group.verdict}
              aria-labelledby={`groep-${group.verdict}`}
              className={`summary-group summary-group--${group.verdict}`}
            >
              <h3 id={`groep-${group.verdict}`}>
                {group.title} ({items.length})
              </h3>
              {group.hint && <p className="field-hint">{group.hint}</p>}
              <ul>
                {items.map((item) => (
                  <li key={item.element}>
                    {title(item)}
                    {many && group.verdict !== 'open' && (
                      <span className="card-meta"> ({countsText(item, combined.scans)})</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}

export function countsText(item: ElementTally, total: number): string {
  const parts = [
    item.counts['gaat-goed'] && `gaat goed: ${item.counts['gaat-goed']}`,
    item.counts['kan-beter'] && `kan beter: ${item.counts['kan-beter']}`,
    item.counts['weten-we-niet'] && `weten we niet: ${item.counts['weten-we-niet']}`,
    item.counts['niet-van-toepassing'] && `n.v.t.: ${item.counts['niet-van-toepassing']}`,
    item.unanswered && `open: ${item.unanswered}`,
  ].filter(Boolean);
  return `${parts.join(', ')} van ${total}`;
}
