/**
 * Loader side of the editor options: the same ids the build checks references against
 * (loadContentRefs), labelled from the glossary where it has an entry. Runs at build time.
 */
import content from 'virtual:routekaart/content';
import { loadContentRefs } from '../../build/load-routes.ts';
import type { EditorOptions } from './editor-options.ts';

export function loadEditorOptions(root: string = process.cwd()): EditorOptions {
  const refs = loadContentRefs(root);
  const labels = new Map(
    content.glossary.map((entry) => [entry.id, `${entry.prefLabel} (${entry.context})`]),
  );
  return {
    terms: [...refs.terms].sort().map((id) => ({ id, label: labels.get(id) ?? id })),
    organisations: [...refs.organisations].sort(),
  };
}
