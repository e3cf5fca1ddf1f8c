import { describe, expect, it } from 'vitest';
import { contactRoles } from '../../../src/view/parents/contacts-data.ts';
import { schoolContacts } from '../../../src/view/parents/parent-data.ts';
import { PARENT_ROLES } from '../../../src/core/parents/role-texts.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { makeOrganisation, makeService, makeSocialMap } from '../socialmap/factories.ts';

const phone = { phone: '010 - 000 0000' };
const map = makeSocialMap({
  organisations: [
    makeOrganisation('jgz', { name: 'JGZ Test' }),
    makeOrganisation('school', {
      kind: 'school',
      services: [makeService('ib', { role: 'intern-begeleider' })],
    }),
  ],
});

describe('the people on a "wie heb ik gesproken" page', () => {
  it('are everyone a parent may meet when no school is chosen', () => {
    expect(contactRoles([], map).map((role) => role.key)).toEqual(
      PARENT_ROLES.map((role) => role.key),
    );
  });

  it("are, for a school, the school's own people from its route and everyone outside", () => {
    const route = makeRoute({
      kind: 'school',
      nodes: [makeNode('ib', { label: 'Intern begeleider', contact: phone })],
      edges: [],
    });
    const roles = contactRoles([], map, route);
    expect(roles.filter((role) => role.place === 'school').map((role) => role.key)).toEqual([
      'intern-begeleider',
    ]);
    expect(roles.find((role) => role.key === 'intern-begeleider')?.contacts).toEqual([
      { id: 'ib', label: 'Intern begeleider', contact: phone },
    ]);
  });

  it('are reached through the social map outside school, through the school inside it', () => {
    const roles = contactRoles([], map);
    expect(roles.find((role) => role.key === 'jeugdarts')?.organisations).toEqual([
      { id: 'jgz', name: 'JGZ Test' },
    ]);
    expect(roles.find((role) => role.key === 'intern-begeleider')?.organisations).toEqual([]);
  });
});

describe("a school's contacts for parents", () => {
  it("start with the class's own teacher or mentor", () => {
    const route = makeRoute({
      nodes: [
        makeNode('ib', { label: 'Intern begeleider', contact: phone }),
        makeNode('mentor', { label: 'Mentor', contact: phone }),
        makeNode('huisarts', { kind: 'service', label: 'Huisarts', contact: phone }),
      ],
      edges: [],
    });
    expect(schoolContacts(route).map((entry) => entry.id)).toEqual(['mentor', 'ib']);
  });
});
