import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { CONTEXT_LABELS, CONTEXT_PHRASES } from '../../core/glossary/glossary-model.ts';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { TermSummary } from '../../core/glossary/route-terms.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { useReaderContext } from './use-reader-context.ts';
import { useDismiss } from './use-dismiss.ts';
import { useKeepInside } from './use-keep-inside.ts';

/**
 * A glossary word in a route: a disclosure button with a non-modal dialog
 * giving its meaning for the route's context. Enter/Space/tap opens, Esc closes
 * and returns focus. Before JavaScript runs it is a link to the term page.
 */
export function TermPopover({
  summary,
  routeContext,
  children,
}: {
  summary: TermSummary;
  routeContext: GlossaryContext;
  children: string;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  useDismiss(open, wrapper, close);
  useKeepInside(open, panel);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  const href = `/begrippen/${summary.term}#${summary.id}`;
  if (!hydrated)
    return (
      <a href={href} className="term-link">
        {children}
      </a>
    );
  return (
    <span className="term" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="term-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {children}
      </button>
      <span
        ref={panel}
        id={panelId}
        role="dialog"
        aria-labelledby={`${panelId}_title`}
        className="term-popover"
        tabIndex={-1}
        hidden={!open}
      >
        {open && (
          <PopoverContent
            summary={summary}
            routeContext={routeContext}
            titleId={`${panelId}_title`}
            href={href}
            onClose={() => close(true)}
          />
        )}
      </span>
    </span>
  );
}

function PopoverContent({
  summary,
  routeContext,
  titleId,
  href,
  onClose,
}: {
  summary: TermSummary;
  routeContext: GlossaryContext;
  titleId: string;
  href: string;
  onClose: () => void;
}) {
  const [reader] = useReaderContext();
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
