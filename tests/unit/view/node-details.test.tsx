// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '../../../src/core/route/route-schema.ts';
import { NodeDetails } from '../../../src/view/components/node-details.tsx';
import { makeEdge, makeNode, makeRoute } from '../factories.ts';

afterEach(cleanup);

const route = makeRoute({
  nodes: [makeNode('mentor', { label: 'Mentor' }), makeNode('ib', { label: 'Intern begeleider' })],
  edges: [makeEdge('mentor', 'ib')],
});

function Details({ route, onSelect }: { route: Route; onSelect: (id: string) => void }) {
  const [selected, setSelected] = useState('mentor');
  return (
    <MemoryRouter>
      <NodeDetails
        route={route}
        selectedId={selected}
        onSelect={(id) => {
          onSelect(id);
          setSelected(id);
        }}
      />
    </MemoryRouter>
  );
}

// A step's facts load after the panel itself (step-facts-part.ts): wait for them.
const connection = async () =>
  within(await screen.findByRole('list', { name: /^Verbindingen van / })).getByRole('link', {
    name: 'Intern begeleider',
  });

describe('a step link in the details panel', () => {
  it('selects that step instead of following the link to the text route', async () => {
    const onSelect = vi.fn();
    render(<Details route={route} onSelect={onSelect} />);
    const followed = fireEvent.click(await connection());
    expect(followed).toBe(false);
    expect(onSelect).toHaveBeenCalledWith('ib');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain('Intern begeleider');
    expect(document.activeElement).toBe(heading);
  });

  it('leaves Ctrl-click to the browser', async () => {
    const onSelect = vi.fn();
    render(<Details route={route} onSelect={onSelect} />);
    expect(fireEvent.click(await connection(), { ctrlKey: true })).toBe(true);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
