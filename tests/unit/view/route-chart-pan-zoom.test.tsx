import { CHART_MARGIN } from '../../../src/view/chart/ChartDrawing.tsx';
// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteChart } from '../../../src/view/chart/index.ts';
import { sampleRoute } from './chart-factories.ts';

afterEach(cleanup);

function renderSample() {
  const { route, layout } = sampleRoute();
  const onSelect = vi.fn();
  const result = render(
    <RouteChart route={route} layout={layout} selectedId={null} onSelect={onSelect} />,
  );
  const rerender = (id: string | null) =>
    result.rerender(
      <RouteChart route={route} layout={layout} selectedId={id} onSelect={onSelect} />,
    );
  return { ...result, onSelect, rerender };
}

const chart = () => screen.getByRole('group', { name: 'Stroomschema van de route' });
const transform = (container: HTMLElement) =>
  container.querySelector('.chart-pan-zoom')!.getAttribute('transform');

describe('RouteChart pan and zoom', () => {
  it('zoom buttons change the transform and fit resets it', () => {
    const { container } = renderSample();
    fireEvent.click(screen.getByRole('button', { name: 'Inzoomen' }));
    expect(transform(container)).toContain('scale(1.25)');
    expect(screen.getByText('Zoom 125%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uitzoomen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Uitzoomen' }));
    expect(transform(container)).toContain('scale(0.8)');
    fireEvent.click(screen.getByRole('button', { name: 'Passend maken' }));
    expect(transform(container)).toBe('translate(0 0) scale(1)');
  });

  it('clamps zoom at 800% of the fitted chart', () => {
    renderSample();
    for (let i = 0; i < 15; i++) fireEvent.click(screen.getByRole('button', { name: 'Inzoomen' }));
    expect(screen.getByText('Zoom 800%')).toBeTruthy();
  });

  it('pans with arrow keys and zooms with + and - when focused', () => {
    const { container } = renderSample();
    fireEvent.keyDown(chart(), { key: 'ArrowRight' });
    // One arrow press moves a tenth of the visible width (layout 192 + margins).
    expect(transform(container)).toBe(`translate(${-(192 + 2 * CHART_MARGIN) / 10} 0) scale(1)`);
    fireEvent.keyDown(chart(), { key: '+' });
    expect(transform(container)).toContain('scale(1.25)');
    fireEvent.keyDown(chart(), { key: '-' });
    expect(transform(container)).toContain('scale(1)');
    fireEvent.keyDown(chart(), { key: '+', ctrlKey: true });
    expect(transform(container)).toContain('scale(1)');
  });

  it('pans to a node selected from outside when it is out of view', () => {
    const { container, rerender } = renderSample();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: 'Inzoomen' }));
    const before = transform(container);
    rerender('ot');
    expect(transform(container)).not.toBe(before);
    rerender('ot');
    const after = transform(container);
    rerender('ot');
    expect(transform(container)).toBe(after);
  });

  it('drags on the background to pan, but not from a node link', () => {
    const { container, onSelect } = renderSample();
    const link = screen.getByRole('link', { name: 'Rol: Mentor' });
    fireEvent.pointerDown(link, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(link, { pointerId: 1, clientX: 50, clientY: 10 });
    fireEvent.pointerUp(link, { pointerId: 1 });
    expect(transform(container)).toBe('translate(0 0) scale(1)');
    fireEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('mentor');

    const background = container.querySelector('.chart-background')!;
    fireEvent.pointerDown(background, { pointerId: 2, button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(background, { pointerId: 2, clientX: 40, clientY: 30 });
    fireEvent.pointerUp(background, { pointerId: 2 });
    expect(transform(container)).toBe('translate(30 20) scale(1)');
  });

  it('zooms on Ctrl + wheel only; a plain wheel shows a hint and leaves the page scrolling', () => {
    vi.useFakeTimers();
    try {
      const { container } = renderSample();
      const plain = fireEvent.wheel(chart(), { deltaY: 100 });
      expect(plain).toBe(true);
      expect(transform(container)).toBe('translate(0 0) scale(1)');
      expect(container.querySelector('.chart-wheel-hint')).not.toBeNull();
      act(() => vi.advanceTimersByTime(2000));
      expect(container.querySelector('.chart-wheel-hint')).toBeNull();
      const withCtrl = fireEvent.wheel(chart(), { deltaY: -100, ctrlKey: true });
      expect(withCtrl).toBe(false);
      expect(transform(container)).not.toBe('translate(0 0) scale(1)');
    } finally {
      vi.useRealTimers();
    }
  });

  it('pinches with two pointers to zoom', () => {
    const { container } = renderSample();
    const background = container.querySelector('.chart-background')!;
    fireEvent.pointerDown(background, {
      pointerId: 1,
      pointerType: 'touch',
      clientX: 100,
      clientY: 100,
    });
    fireEvent.pointerDown(background, {
      pointerId: 2,
      pointerType: 'touch',
      clientX: 150,
      clientY: 100,
    });
    fireEvent.pointerMove(background, {
      pointerId: 2,
      pointerType: 'touch',
      clientX: 200,
      clientY: 100,
    });
    // Finger 1 stays at (100, 100) while the distance doubles.
    expect(transform(container)).toBe('translate(-100 -100) scale(2)');
    fireEvent.pointerUp(background, { pointerId: 1, pointerType: 'touch' });
    fireEvent.pointerUp(background, { pointerId: 2, pointerType: 'touch' });
  });

  it('pans a node that gets keyboard focus into view', () => {
    const { container } = renderSample();
    for (let i = 0; i < 6; i++) fireEvent.click(screen.getByRole('button', { name: 'Inzoomen' }));
    const before = transform(container);
    act(() => screen.getByRole('link', { name: 'Overleg: Ondersteuningsteam' }).focus());
    expect(transform(container)).not.toBe(before);
  });
});
