// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import { afterEach, describe, expect, it } from 'vitest';
import { deferredPart } from '../../../src/view/components/deferred-part.tsx';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}

/** A part whose code arrives when the test says so. */
function gatedPart() {
  let release: () => void = () => {};
  const arrived = new Promise<ComponentType<{ name: string }>>((resolve) => {
    release = () => resolve(Greeting);
  });
  return { Part: deferredPart(() => arrived), release };
}

async function prerenderedHtml(name: string): Promise<string> {
  const Part = deferredPart(async () => Greeting);
  const { prelude } = await prerender(<Part name={name} />);
  return new Response(prelude).text();
}

describe('a deferred part', () => {
  it('keeps its prerendered HTML when updated before its code has arrived', async () => {
    const container = document.createElement('div');
    container.innerHTML = await prerenderedHtml('Sam');
    document.body.append(container);
    const { Part, release } = gatedPart();
    const root = await act(async () => hydrateRoot(container, <Part name="Sam" />));
    await act(async () => root.render(<Part name="Noor" />));
    // React would have dropped a part it could not hydrate; it must still be there.
    expect(container.textContent).toBe('Hallo Sam');
    await act(async () => release());
    await waitFor(() => expect(container.textContent).toBe('Hallo Noor'));
    act(() => root.unmount());
    container.remove();
  });

  it('shows its latest props once its code has arrived', async () => {
    const { Part, release } = gatedPart();
    const { rerender } = render(<Part name="Sam" />);
    rerender(<Part name="Noor" />);
    await act(async () => release());
    expect(await screen.findByText('Hallo Noor')).toBeDefined();
  });
});

describe('a part that appears later, like a step’s facts', () => {
  it('renders at once when its code was preloaded', async () => {
    const Part = deferredPart(async () => Greeting);
    await Part.preload();
    render(<Part name="Sam" />);
    expect(screen.getByText('Hallo Sam')).toBeDefined();
  });

  it('renders once its code arrives when it was not preloaded', async () => {
    const Part = deferredPart(async () => Greeting);
    render(<Part name="Sam" />);
    expect(screen.queryByText('Hallo Sam')).toBeNull();
    expect(await screen.findByText('Hallo Sam')).toBeDefined();
  });
});
