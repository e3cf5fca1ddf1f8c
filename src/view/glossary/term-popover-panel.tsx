import type { RefObject } from 'react';
import { Link } from 'react-router';
import { CONTEXT_LABELS, CONTEXT_PHRASES } from '../../core/glossary/glossary-model.ts';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { TermSummary } from '../../core/glossary/route-terms.ts';
import { usePopoverPlacement } from './use-popover-placement.ts';
import { useReaderContext } from './use-reader-context.ts';

export interface TermPopoverPanelProps {
  summary: TermSummary;
  routeContext: GlossaryContext;
  titleId: string;
  href: string;
  /** The word's button, and the dialog placed by it once the meaning is in. */
  anchor: RefObject<HTMLElement | null>;
  panel: RefObject<HTMLElement | null>;
  onClose: () => void;
}

/**
 * What an open glossary popover says. Loaded on first use (see term-popover.tsx): most
 * readers open few words or none, so the route page does not carry this up front.
 */
export function TermPopoverPanel({
  summary,
  routeContext,
  titleId,
  href,
  anchor,
  panel,
  onClose,
}: TermPopoverPanelProps) {
  const [reader] = useReaderContext();
  // Here, in the chunk loaded on first use, rather than in every route page's JavaScript.
  usePopoverPlacement(anchor, panel);
  const expansion = summary.abbreviations?.find((a) => a.abbr === summary.prefLabel)?.expansion;
  return (
    <>
      <span className="term-popover-title" id={titleId}>
        {summary.prefLabel} <span className="context-tag">{CONTEXT_LABELS[summary.context]}</span>
      </span>
      {expansion && <span className="term-popover-line expansion">{expansion}</span>}
      <span className="term-popover-line">
        {reader === 'ouder' ? summary.uitleg : summary.definition}
      </span>
      {summary.context !== routeContext && (
        <span className="term-popover-line term-popover-note">
          Dit is de betekenis {CONTEXT_PHRASES[summary.context]}; voor{' '}
          {CONTEXT_PHRASES[routeContext]} staat dit begrip nog niet in de lijst.
        </span>
      )}
      {summary.otherContexts.length > 0 && summary.scopeNote && (
        <span className="term-popover-line term-popover-note">{summary.scopeNote}</span>
      )}
      <span className="term-popover-actions">
        <Link to={href}>
          {summary.otherContexts.length > 0 ? 'Alle betekenissen' : 'Meer over dit begrip'}
          <span className="visually-hidden">: {summary.prefLabel}</span>
        </Link>
        <button type="button" onClick={onClose}>
          Sluiten
        </button>
      </span>
    </>
  );
}
