import { describe, expect, it } from 'vitest';
import { closestTemplate } from '../../../src/core/reading/closest-template.ts';
import { makeRoute } from '../factories.ts';

const templates = [
  { slug: 'template-po', route: makeRoute({ kind: 'template', sector: 'po' }) },
  { slug: 'template-vo', route: makeRoute({ kind: 'template', sector: 'vo' }) },
  { slug: 'school-vo', route: makeRoute({ kind: 'school', sector: 'vo' }) },
];

describe('closestTemplate', () => {
  it('picks the template of the same sector', () => {
    expect(closestTemplate(templates, 'vo')).toEqual({ template: templates[1], sameSector: true });
  });

  it('falls back to po for special (primary) schools and vo for vso', () => {
    expect(closestTemplate(templates, 'sbo')).toEqual({
      template: templates[0],
      sameSector: false,
    });
    expect(closestTemplate(templates, 'so')?.template.slug).toBe('template-po');
    expect(closestTemplate(templates, 'vso')?.template.slug).toBe('template-vo');
  });

  it('returns null when there is no fitting template', () => {
    expect(closestTemplate(templates, 'mbo')).toBeNull();
    expect(closestTemplate(templates, undefined)).toBeNull();
  });
});
