/** Small valid samenwerken content files, to break one thing at a time in tests. */
import {
  AREA_IDS,
  ELEMENT_IDS,
  FORM_IDS,
  LEVEL_IDS,
} from '../../../src/core/samenwerken/samenwerken-ids.ts';
import type {
  ElementsFile,
  FormsFile,
  PlanPartsFile,
} from '../../../src/core/samenwerken/content-schema.ts';
import type { SamenwerkenSource } from '../../../src/core/samenwerken/validate-samenwerken.ts';

const sources = [{ title: 'Een bron', publisher: 'Een uitgever' }];

export function makeElementsFile(): ElementsFile {
  return {
    intro: 'Inleiding.',
    sources,
    elements: ELEMENT_IDS.map((id) => ({
      id,
      title: `Element ${id}`,
      summary: 'Kort.',
      questions: ['Gaat dit goed?'],
    })),
  };
}

export function makeFormsFile(): FormsFile {
  return {
    intro: 'Inleiding.',
    sources,
    forms: FORM_IDS.map((id) => ({
      id,
      title: `Vorm ${id}`,
      summary: 'Kort.',
      forRoute: 'In de route.',
      practices: [
        {
          id: `praktijk-${id}`,
          title: 'Praktijk',
          text: 'Tekst.',
          forRoute: 'In de route.',
          links: [{ route: 'school-a', node: 'mentor', label: 'Mentor' }],
          terms: ['mdo-onderwijs'],
        },
      ],
    })),
  };
}

export function makePlanPartsFile(): PlanPartsFile {
  return {
    intro: 'Inleiding.',
    sources,
    areas: AREA_IDS.map((id) => ({ id, title: `Gebied ${id}`, questions: ['Vraag?'] })),
    levels: LEVEL_IDS.map((id) => ({ id, title: `Niveau ${id}`, summary: 'Kort.' })),
  };
}

export function toSource(
  files: { elements?: unknown; forms?: unknown; plan?: unknown } = {},
): SamenwerkenSource {
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  return {
    elements: { file: 'e.json', text: text(files.elements ?? makeElementsFile()) },
    forms: { file: 'f.json', text: text(files.forms ?? makeFormsFile()) },
    plan: { file: 'p.json', text: text(files.plan ?? makePlanPartsFile()) },
  };
}

export const REFS = {
  routes: new Map([['school-a', new Set(['mentor', 'ib'])]]),
  terms: new Set(['mdo-onderwijs']),
};
