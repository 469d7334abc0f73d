declare module 'virtual:site-index' {
  const index: import('./schema').SiteSummary[];
  export default index;
}
