declare module 'virtual:routekaart/content' {
  const content: import('./site-content').SiteContent;
  export default content;
}
