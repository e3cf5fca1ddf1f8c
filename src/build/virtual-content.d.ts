declare module 'virtual:routekaart/content' {
  const content: import('./site-content.ts').SiteContent;
  export default content;
}

declare module 'virtual:routekaart/site' {
  const site: import('../core/site/site-schema.ts').Site;
  export default site;
}
