// Built by scripts/vite-site-index.ts from data/sites and data/generic.
declare module 'virtual:site-index' {
  export const sites: import('./schema').SiteEntry[];
  export const generic: import('./schema').GenericEntry[];
}

declare module 'virtual:site-aliases' {
  const aliases: Record<string, string[]>;
  export default aliases;
}
