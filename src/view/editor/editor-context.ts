/**
 * What every editor form needs, handed down by context: the current route, the one
 * write path (edit → reducer → history), the problems per field, and the navigation
 * between the panels. Forms never change the route any other way.
 */
import { createContext, useContext } from 'react';
import type { Edit } from '../../core/editor/edits.ts';
import type { DraftProblem } from '../../core/editor/check-draft.ts';
import type { Route } from '../../core/route/route-schema.ts';
import type { EditorOptions } from './editor-options.ts';

export const EDITOR_TABS = [
  'route',
  'stappen',
  'verbindingen',
  'groepen',
  'controle',
  'bestand',
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export type Selection = { type: 'node'; index: number } | { type: 'edge'; index: number } | null;

export interface EditorApi {
  route: Route;
  /** `field` is the JSON Pointer of the field typed in: typing there merges into one undo step. */
  edit(edit: Edit, field?: string): void;
  /** Closes the open undo step (a field lost focus). */
  mark(): void;
  problems: readonly DraftProblem[];
  problemsAt(field: string): readonly DraftProblem[];
  options: EditorOptions;
  selection: Selection;
  select(selection: Selection): void;
  showTab(tab: EditorTab): void;
  /** Moves focus to a field once it is on screen (after a jump from the problem list). */
  focusField(field: string): void;
  /** Moves focus to the element with this DOM id once it is on screen (after an add or a delete). */
  focusElement(elementId: string): void;
  /** Says something to screen-reader users (and shows it in the status line). */
  announce(message: string): void;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

export interface ConfirmQuestion {
  title: string;
  message: string;
  confirmLabel: string;
}

/** Focus targets that outlive the item they are about: a panel's heading or its list's heading. */
export const FOCUS_IDS = {
  nodeHeading: 'stap-titel',
  edgeHeading: 'verbinding-titel',
  nodeList: 'stappen-lijst',
  edgeList: 'verbindingen-lijst',
  groupList: 'groepen-lijst',
  canvas: 'schema-bewerken',
} as const;

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditorApi(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditorApi outside the editor');
  return api;
}

/** The DOM id of a field's control, from its JSON Pointer ("/nodes/3/label" → "veld-nodes-3-label"). */
export function fieldId(pointer: string): string {
  return 'veld' + pointer.replace(/\//g, '-');
}
