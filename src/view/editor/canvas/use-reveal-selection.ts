/** Pans the canvas to a step chosen in a list or form, when it is out of view (zoom unchanged). */
import { type Node, useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';

export function useRevealSelection(nodes: readonly Node[]) {
  const flow = useReactFlow();
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const selected = nodes.find((node) => node.selected);

  useEffect(() => {
    if (!selected || !selected.width || !selected.height) return;
    const { x, y, zoom } = flow.getViewport();
    const left = selected.position.x * zoom + x;
    const top = selected.position.y * zoom + y;
    const inView =
      left >= 0 &&
      top >= 0 &&
      left + selected.width * zoom <= width &&
      top + selected.height * zoom <= height;
    if (inView) return;
    void flow.setCenter(
      selected.position.x + selected.width / 2,
      selected.position.y + selected.height / 2,
      {
        zoom,
        duration: 200,
      },
    );
    // Only a newly selected node is revealed, not every relayout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected?.id]);
}
