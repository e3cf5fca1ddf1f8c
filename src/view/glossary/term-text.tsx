import type { RouteNode } from '../../core/route/route-schema.ts';
import type { InlineMarkedField, TermSummary } from '../../core/glossary/route-terms.ts';
import { useRouteTerms } from './use-route-terms.ts';
import { TermPopover } from './term-popover.tsx';

/**
 * A node's text with its glossary words as popover buttons (first mention per
 * node). Outside a route page, or for words without a meaning, plain text.
 */
export function TermText({ node, field }: { node: RouteNode; field: InlineMarkedField }) {
  const terms = useRouteTerms();
  const text = node[field] ?? '';
  if (!terms) return <>{text}</>;
  return (
    <>
      {terms.marks(node).texts[field].map((segment, index) => {
        const summary = segment.term ? terms.meaningFor(segment.term, node) : undefined;
        return summary ? (
          <TermPopover key={index} summary={summary} routeContext={terms.context}>
            {segment.text}
          </TermPopover>
        ) : (
          segment.text
        );
      })}
    </>
  );
}

/**
 * "Begrippen": the entries a node names in its `terms` and the words in its
 * label (a heading, so not marked inline), as popover buttons; words that
 * already have a button in the node's texts are not repeated.
 */
export function NodeTermsFact({ node }: { node: RouteNode }) {
  const terms = useRouteTerms();
  if (!terms) return null;
  const { labelTerms, texts } = terms.marks(node);
  const inline = new Set(Object.values(texts).flatMap((segments) => segments.map((s) => s.term)));
  const named = (node.terms ?? []).flatMap((id) => terms.byId.get(id) ?? []);
  const inLabel = labelTerms.flatMap((term) => terms.meaningFor(term, node) ?? []);
  const summaries = [
    ...new Map(
      [...named, ...inLabel]
        .filter((summary) => !inline.has(summary.term))
        .map((summary): [string, TermSummary] => [summary.id, summary]),
    ).values(),
  ];
  if (summaries.length === 0) return null;
  return (
    <div>
      <dt>Begrippen</dt>
      <dd>
        <ul className="inline-list">
          {summaries.map((summary) => (
            <li key={summary.id}>
              <TermPopover summary={summary} routeContext={terms.context}>
                {summary.prefLabel}
              </TermPopover>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
