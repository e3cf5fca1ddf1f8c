import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('pages/home-page.tsx'),
  route('school/:slug', 'pages/route-page.tsx', { id: 'school-route' }),
  route('route/:slug', 'pages/route-page.tsx', { id: 'generic-route' }),
  route('begrippen', 'pages/glossary-page.tsx', { id: 'glossary' }),
  route('begrippen/:term', 'pages/term-page.tsx', { id: 'glossary-term' }),
  // Reading a route (issue 6): print view, SVG file, compare, embed.
  route('school/:slug/afdrukken', 'pages/print-page.tsx', { id: 'school-print' }),
  route('route/:slug/afdrukken', 'pages/print-page.tsx', { id: 'generic-print' }),
  route('school/:slug/schema.svg', 'pages/route-svg.tsx', { id: 'school-svg' }),
  route('route/:slug/schema.svg', 'pages/route-svg.tsx', { id: 'generic-svg' }),
  // Route history (issue 13): one version of a route's file against the one before it.
  route('school/:slug/versies/:version', 'pages/version-page.tsx', { id: 'school-version' }),
  route('route/:slug/versies/:version', 'pages/version-page.tsx', { id: 'generic-version' }),
  route('vergelijk', 'pages/compare-form-page.tsx', { id: 'compare-form' }),
  route('vergelijk/:a/:b', 'pages/compare-page.tsx', { id: 'compare' }),
  route('embed/:slug', 'pages/embed-page.tsx', { id: 'embed' }),
  // The route editor (issue 3). "concept" holds drafts and share links; a route named
  // "concept" could therefore not be edited from its own page (the start page still lists it).
  route('bewerken', 'pages/editor-start-page.tsx', { id: 'editor-start' }),
  route('bewerken/concept', 'pages/editor-draft-page.tsx', { id: 'editor-draft' }),
  route('bewerken/:slug', 'pages/editor-route-page.tsx', { id: 'editor-route' }),
  route('publiceren', 'pages/publish-page.tsx', { id: 'publish' }),
  // For the beheerder: checking a sent-in file, all routes and their freshness (issue 13).
  route('beheer', 'pages/beheer-page.tsx', { id: 'beheer' }),
  // The social map (issue 5). "visitekaartjes" can never be an organisation id (see social-map-rules.ts).
  route('sociale-kaart', 'pages/social-map-page.tsx', { id: 'social-map' }),
  // The same map told to parents (issue 12); "voor-ouders" is reserved like "visitekaartjes".
  route('sociale-kaart/voor-ouders', 'pages/social-map-page.tsx', { id: 'social-map-parents' }),
  route('sociale-kaart/visitekaartjes/:slug', 'pages/contact-cards-page.tsx', {
    id: 'contact-cards',
  }),
  route('sociale-kaart/:organisation', 'pages/organisation-page.tsx', { id: 'organisation' }),
  // Cooperation between school and youth care (issue 14): forms, self-scan, plan van aanpak.
  route('samenwerken', 'samenwerken/samenwerken-page.tsx', { id: 'samenwerken' }),
  route('samenwerken/zelfscan', 'samenwerken/scan-start-page.tsx', { id: 'scan-start' }),
  route('samenwerken/zelfscan/invullen', 'samenwerken/scan-fill-page.tsx', { id: 'scan-fill' }),
  route('samenwerken/zelfscan/uitkomst', 'samenwerken/scan-result-page.tsx', { id: 'scan-result' }),
  route('samenwerken/plan', 'samenwerken/plan-start-page.tsx', { id: 'plan-start' }),
  route('samenwerken/plan/bewerken', 'samenwerken/plan-edit-page.tsx', { id: 'plan-edit' }),
  route('samenwerken/plan/afdrukken', 'samenwerken/plan-print-page.tsx', { id: 'plan-print' }),
  // For parents (issue 12): a way in, each route in plain Dutch, "wie heb ik gesproken?".
  route('ouders', 'parents/parents-start-page.tsx', { id: 'parents' }),
  route('ouders/wie-heb-ik-gesproken', 'parents/contacts-page.tsx', { id: 'parents-contacts' }),
  route('school/:slug/ouders', 'parents/parent-route-page.tsx', { id: 'school-parents' }),
  route('route/:slug/ouders', 'parents/parent-route-page.tsx', { id: 'generic-parents' }),
  route('school/:slug/wie-heb-ik-gesproken', 'parents/contacts-page.tsx', {
    id: 'school-contacts',
  }),
  route('404', 'pages/not-found-page.tsx', { id: 'not-found' }),
  route('*', 'pages/not-found-page.tsx', { id: 'catch-all' }),
] satisfies RouteConfig;
