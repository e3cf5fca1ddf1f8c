/**
 * Mouse, touch and pen gestures on the chart: drag to pan, pinch to zoom, and
 * Ctrl/Cmd + wheel to zoom. A plain wheel is left to the page (scrolling must never be
 * hijacked) and only flashes a hint. Pointers going down on a node link start no drag,
 * so clicks on nodes keep working.
 */
import {
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type PointerEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { Point } from '../../layout/layout-types.ts';
import { clientToViewBox, panBy, zoomAt, type Size, type Viewport } from './viewport.ts';

const WHEEL_HINT_MS = 1500;

export interface PointerGestures {
  handlers: {
    onPointerDown: (event: PointerEvent<HTMLElement>) => void;
    onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
  };
  /** True for a moment after a wheel turn without Ctrl/Cmd. */
  wheelHintVisible: boolean;
}

export function usePointerGestures(
  containerRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  size: Size,
  setView: Dispatch<SetStateAction<Viewport>>,
): PointerGestures {
  const pointers = useRef(new Map<number, Point>());
  const [wheelHintVisible, setWheelHintVisible] = useState(false);
  const { width, height } = size;

  // Read at event time (not render time): the SVG's on-screen box changes with the page.
  const toViewBox = (client: Point): Point => {
    const rect = svgRef.current?.getBoundingClientRect() ?? {
      left: 0,
      top: 0,
      width: 0,
      height: 0,
    };
    return clientToViewBox(client, rect, { width, height });
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (event.target instanceof Element && event.target.closest('a')) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const current = { x: event.clientX, y: event.clientY };
    const others = [...pointers.current].filter(([id]) => id !== event.pointerId);
    pointers.current.set(event.pointerId, current);
    const from = toViewBox(previous);
    const to = toViewBox(current);
    const partner = others[0]?.[1];
    if (!partner) {
      setView((v) => panBy(v, to.x - from.x, to.y - from.y));
      return;
    }
    // Pinch: the other finger stays put and the distance between the fingers sets the zoom.
    const anchor = toViewBox(partner);
    const before = Math.hypot(from.x - anchor.x, from.y - anchor.y);
    const after = Math.hypot(to.x - anchor.x, to.y - anchor.y);
    if (before < 1) return;
    setView((v) => zoomAt(v, anchor, after / before));
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>) => {
    pointers.current.delete(event.pointerId);
  };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) {
        setWheelHintVisible(true);
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => setWheelHintVisible(false), WHEEL_HINT_MS);
        return;
      }
      event.preventDefault(); // otherwise Ctrl + wheel zooms the whole page
      const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
      const factor = Math.min(2, Math.max(0.5, Math.exp(-pixels * 0.0025)));
      const rect = svgRef.current?.getBoundingClientRect() ?? {
        left: 0,
        top: 0,
        width: 0,
        height: 0,
      };
      const point = clientToViewBox({ x: event.clientX, y: event.clientY }, rect, {
        width,
        height,
      });
      setView((v) => zoomAt(v, point, factor));
    };
    // React's wheel listeners are passive and cannot preventDefault: listen natively.
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      container.removeEventListener('wheel', onWheel);
      clearTimeout(hintTimer);
    };
  }, [containerRef, svgRef, width, height, setView]);

  return {
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
    },
    wheelHintVisible,
  };
}
