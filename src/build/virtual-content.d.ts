declare module 'virtual:routekaart/content' {
  const content: import('./site-content.ts').SiteContent;
  export default content;
}
