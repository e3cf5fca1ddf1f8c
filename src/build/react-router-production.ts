import type { Plugin } from 'vite';

/**
 * React Router 7.18 resolves its `dist/development` files in production builds too
 * (remix-run/react-router#14102). They differ from `dist/production` only in
 * `ENABLE_DEV_WARNINGS`, whose warning code then ships to every page. In the browser
 * bundle we take the production files. The prerender (server) build keeps the package's
 * own resolution: its entry imports React Router outside the bundle, and two copies in
 * one process would not share React contexts.
 */
export function reactRouterProductionFiles(): Plugin {
  return {
    name: 'routekaart:react-router-production-files',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (source !== 'react-router' && source !== 'react-router/dom') return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      return { ...resolved, id: resolved.id.replace('/dist/development/', '/dist/production/') };
    },
  };
}
