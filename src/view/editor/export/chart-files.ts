/**
 * SVG and PNG files of the chart. The SVG is rendered by React into a detached element
 * (no react-dom/server in the bundle); the PNG is that SVG drawn as an Image on a canvas.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Route } from '../../../core/route/route-schema.ts';
import type { RouteLayout } from '../../../layout/layout-types.ts';
import { ExportChart, exportSize } from './ExportChart.tsx';

export function chartSvgText(route: Route, layout: RouteLayout, title: string): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(createElement(ExportChart, { route, layout, title })));
  const markup = container.innerHTML;
  root.unmount();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** Twice the layout size for sharp print, within what every browser's canvas allows. */
const PNG_SCALE = 2;
const MAX_CANVAS_SIDE = 16_000;

export async function chartPngBlob(
  route: Route,
  layout: RouteLayout,
  title: string,
): Promise<Blob> {
  const svg = chartSvgText(route, layout, title);
  const { width, height } = exportSize(layout);
  const scale = Math.min(PNG_SCALE, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Deze browser kan geen afbeelding maken.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG maken mislukte.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
