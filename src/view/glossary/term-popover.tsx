import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import type { GlossaryContext } from '../../core/contexts.ts';
import type { TermSummary } from '../../core/glossary/route-terms.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { useDismiss } from './use-dismiss.ts';

// The meaning panel is a separate chunk, loaded when a reader first points at, focuses
// or opens a word: it is not part of the route page's first-load JavaScript.
const loadPanel = () => import('./term-popover-panel.tsx');
const TermPopoverPanel = lazy(() =>
  loadPanel().then((module) => ({ default: module.TermPopoverPanel })),
);
const preloadPanel = () => void loadPanel();

/** Whether this browser has the popover API (all current ones; not jsdom). */
const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

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
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  const href = `/begrippen/${summary.term}#${summary.id}`;
  const titleId = `${panelId}_title`;
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
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
      >
        {children}
      </button>
      <span
        ref={panel}
        id={panelId}
        role="dialog"
        aria-labelledby={titleId}
        className="term-popover"
        tabIndex={-1}
        // In the top layer once its meaning is in (see use-popover-placement.ts); "manual": Esc, a click
        // outside and focus leaving are handled by useDismiss, the same in every browser.
        // Rendered only after hydration, so asking the browser here is safe.
        popover={supportsPopover() ? 'manual' : undefined}
        hidden={!open}
      >
        {open && (
          // While the panel loads (first open only, usually already preloaded) the
          // dialog is still named after the word.
          <Suspense
            fallback={
              <span className="term-popover-title" id={titleId}>
                {summary.prefLabel}
              </span>
            }
          >
            <TermPopoverPanel
              summary={summary}
              routeContext={routeContext}
              titleId={titleId}
              href={href}
              anchor={button}
              panel={panel}
              onClose={() => close(true)}
            />
          </Suspense>
        )}
      </span>
    </span>
  );
}
