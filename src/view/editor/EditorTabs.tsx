/** The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab into the panel). */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { EDITOR_TABS, type EditorTab } from './editor-context.ts';

export interface EditorTabsProps {
  active: EditorTab;
  onChange: (tab: EditorTab) => void;
  labels: Record<EditorTab, string>;
  children: ReactNode;
}

export function EditorTabs({ active, onChange, labels, children }: EditorTabsProps) {
  const refs = useRef(new Map<EditorTab, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const at = EDITOR_TABS.indexOf(active);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? EDITOR_TABS[(at + 1) % EDITOR_TABS.length]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? EDITOR_TABS[(at - 1 + EDITOR_TABS.length) % EDITOR_TABS.length]
          : event.key === 'Home'
            ? EDITOR_TABS[0]
            : event.key === 'End'
              ? EDITOR_TABS[EDITOR_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="editor-tabs">
      <div role="tablist" aria-label="Bewerken" className="tab-list" onKeyDown={onKeyDown}>
        {EDITOR_TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              if (element) refs.current.set(tab, element);
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls="editor-tabpanel"
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(tab)}
          >
            {labels[tab]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="editor-tabpanel"
        aria-labelledby={`tab-${active}`}
        tabIndex={-1}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
