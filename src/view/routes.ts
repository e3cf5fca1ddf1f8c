import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('pages/home-page.tsx'),
  route('school/:slug', 'pages/route-page.tsx', { id: 'school-route' }),
  route('route/:slug', 'pages/route-page.tsx', { id: 'generic-route' }),
  route('404', 'pages/not-found-page.tsx', { id: 'not-found' }),
  route('*', 'pages/not-found-page.tsx', { id: 'catch-all' }),
] satisfies RouteConfig;
