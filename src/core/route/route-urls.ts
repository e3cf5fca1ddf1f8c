import type { RouteKind } from './route-schema.ts';

/** A school's own route lives under /school; templates and care routes under /route. */
export function routeUrl(slug: string, kind: RouteKind): string {
  switch (kind) {
    case 'school':
      return `/school/${slug}`;
    case 'template':
    case 'care':
      return `/route/${slug}`;
    default:
      return assertNever(kind);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
