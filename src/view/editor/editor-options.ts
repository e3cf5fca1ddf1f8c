/** The ids the build knows (glossary terms, social-map organisations), for pickers and checks. */
import type { ContentRefs } from '../../core/route/route-rules.ts';

export interface EditorOptions {
  terms: { id: string; label: string }[];
  organisations: string[];
}

export function optionsToRefs(options: EditorOptions): ContentRefs {
  return {
    terms: new Set(options.terms.map((term) => term.id)),
    organisations: new Set(options.organisations),
  };
}
