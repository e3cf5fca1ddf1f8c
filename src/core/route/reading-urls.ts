/** Dutch URLs of the ways to read a route besides its own page. */

/** `/school/x/afdrukken`: the print-ready view. */
export function printUrl(routeUrl: string): string {
  return `${routeUrl}/afdrukken`;
}

/** `/school/x/schema.svg`: the chart as a file. */
export function svgUrl(routeUrl: string): string {
  return `${routeUrl}/schema.svg`;
}

/** `/embed/x`: chart and text only, for an iframe on another site. */
export function embedUrl(slug: string): string {
  return `/embed/${slug}`;
}

/** `/vergelijk/a/b`: two routes side by side. */
export function compareUrl(a: string, b: string): string {
  return `/vergelijk/${a}/${b}`;
}

/** `/routes/x.json`: the route file as published, for comparing in the browser. */
export function routeJsonUrl(slug: string): string {
  return `/routes/${slug}.json`;
}

/** Compare pairs that were not prerendered live on the form page, in its query. */
export function compareQueryUrl(a: string, b: string): string {
  return `/vergelijk?${new URLSearchParams({ a, b }).toString()}`;
}

/** `/school/x/versies/0123456789`: what changed in one version of a route's file. */
export function versionUrl(routeUrl: string, commit: string): string {
  return `${routeUrl}/versies/${commit.slice(0, 10)}`; // SHORT_COMMIT_LENGTH in route-history.ts
}
