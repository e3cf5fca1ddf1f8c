/**
 * Where in the editor a validation problem belongs: which item to open and which field
 * to focus. Problems are located by JSON Pointer (e.g. "/nodes/3/contact/phone").
 */
export type ProblemTarget =
  | { section: 'route'; field: string }
  | { section: 'node' | 'edge' | 'group'; index: number; field: string };

const SECTIONS = { nodes: 'node', edges: 'edge', groups: 'group' } as const;

/** The field is a pointer that names one form control: list items point at their list. */
export function problemTarget(pointer: string): ProblemTarget {
  const [, first = '', second, third, fourth] = pointer.split('/');
  const section = SECTIONS[first as keyof typeof SECTIONS];
  const index = Number(second);
  if (section && Number.isInteger(index)) {
    const base = `/${first}/${index}`;
    if (third === 'contact' && fourth)
      return { section, index, field: `${base}/contact/${fourth}` };
    if (third === undefined) return { section, index, field: defaultField(section, base) };
    return { section, index, field: `${base}/${third}` };
  }
  if (first === 'school' && second) return { section: 'route', field: `/school/${second}` };
  if (first === 'school') return { section: 'route', field: '/school/name' };
  return { section: 'route', field: first ? `/${first}` : '/title' };
}

function defaultField(section: 'node' | 'edge' | 'group', base: string): string {
  switch (section) {
    case 'node':
    case 'group':
      return `${base}/label`;
    case 'edge':
      return `${base}/kind`;
    default: {
      const unknown: never = section;
      return unknown;
    }
  }
}
