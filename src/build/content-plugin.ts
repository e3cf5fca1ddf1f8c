/**
 * Vite plugin: validates all content before anything is built (a broken file
 * stops the build with every problem listed), lays routes out with ELK in Node,
 * and serves both to the pages as `virtual:routekaart/content`.
 */
import { join } from 'node:path';
import { todayIso } from '../core/dates.ts';
import type { Plugin, ViteDevServer } from 'vite';
import { routeJsonSchema, ROUTE_SCHEMA_PATH } from '../core/route/json-schema.ts';
import { GLOSSARY_JSONLD_PATH, glossaryJsonLd } from '../core/glossary/glossary-jsonld.ts';
import { CONTENT_DIR } from './content-files.ts';
import type { SiteContent } from './site-content.ts';
import { buildSiteContent } from './build-site-content.ts';
import { routeJsonFiles, serveRouteJson } from './route-json-files.ts';
import { SITE_SCHEMA_PATH } from '../core/site/site-schema.ts';
import { siteJsonSchema } from '../core/site/validate-site.ts';
import { SAMENWERKEN_JSON_SCHEMAS } from '../core/samenwerken/json-schemas.ts';
import { SOCIAL_MAP_JSON_SCHEMAS } from '../core/socialmap/json-schemas.ts';

/** Formats published as JSON Schema besides the route format. */
const JSON_SCHEMAS = [...SAMENWERKEN_JSON_SCHEMAS, ...SOCIAL_MAP_JSON_SCHEMAS];

const VIRTUAL_ID = 'virtual:routekaart/content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** Only the site file: small enough for components on every page (footer, mail links). */
const SITE_ID = 'virtual:routekaart/site';
const RESOLVED_SITE_ID = '\0' + SITE_ID;

export function routekaartContent(): Plugin {
  let root = process.cwd();
  let content: Promise<SiteContent> | null = null;

  const loadContent = (): Promise<SiteContent> => {
    content ??= buildSiteContent(root, todayIso());
    return content;
  };

  return {
    name: 'routekaart-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      await loadContent();
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === SITE_ID ? RESOLVED_SITE_ID : null;
    },
    async load(id) {
      if (id === RESOLVED_SITE_ID)
        return `export default ${JSON.stringify((await loadContent()).site)};`;
      if (id !== RESOLVED_ID) return null;
      return `export default ${JSON.stringify(await loadContent())};`;
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName: ROUTE_SCHEMA_PATH.slice(1), source: schemaText() });
      this.emitFile({
        type: 'asset',
        fileName: SITE_SCHEMA_PATH.slice(1),
        source: jsonText(siteJsonSchema()),
      });
      for (const { path, schema } of JSON_SCHEMAS)
        this.emitFile({ type: 'asset', fileName: path.slice(1), source: jsonText(schema()) });
      const { glossary } = await loadContent();
      this.emitFile({
        type: 'asset',
        fileName: GLOSSARY_JSONLD_PATH.slice(1),
        source: jsonLdText(glossary),
      });
      for (const file of routeJsonFiles(await loadContent())) this.emitFile({ type: 'asset', ...file });
    },
    configureServer(server) {
      server.middlewares.use(ROUTE_SCHEMA_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/schema+json');
        response.end(schemaText());
      });
      server.middlewares.use(SITE_SCHEMA_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/schema+json');
        response.end(jsonText(siteJsonSchema()));
      });
      for (const { path, schema } of JSON_SCHEMAS)
        server.middlewares.use(path, (_request, response) => {
          response.setHeader('Content-Type', 'application/schema+json');
          response.end(jsonText(schema()));
        });
      server.middlewares.use(GLOSSARY_JSONLD_PATH, (_request, response, next) => {
        loadContent().then(({ glossary }) => {
          response.setHeader('Content-Type', 'application/ld+json');
          response.end(jsonLdText(glossary));
        }, next);
      });
      server.middlewares.use('/routes', serveRouteJson(loadContent));
      watchContent(server, join(root, CONTENT_DIR), () => {
        content = null;
      });
    },
  };
}

function schemaText(): string {
  return JSON.stringify(routeJsonSchema(), null, 2) + '\n';
}

function jsonText(value: object): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function jsonLdText(glossary: SiteContent['glossary']): string {
  return JSON.stringify(glossaryJsonLd(glossary), null, 2) + '\n';
}

function watchContent(server: ViteDevServer, dir: string, onChange: () => void): void {
  server.watcher.add(dir);
  server.watcher.on('all', (_event, file) => {
    if (!file.startsWith(dir)) return;
    onChange();
    for (const environment of Object.values(server.environments)) {
      const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) environment.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  });
}
