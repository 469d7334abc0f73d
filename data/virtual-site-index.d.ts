// Built by scripts/vite-site-index.ts from data/sites and data/generic.
declare module 'virtual:site-index' {
  export const sites: import('./schema').SiteMeta[];
  export const generic: import('./schema').GenericMeta[];
}

// One module per language: virtual:step-text-en, virtual:step-text-zh_CN, and the same for step-how.
declare module 'virtual:step-text-*' {
  export const sites: import('./schema').StepTexts['sites'];
  export const generic: import('./schema').StepTexts['generic'];
}

declare module 'virtual:step-how-*' {
  export const sites: import('./schema').StepHowLines['sites'];
  export const generic: import('./schema').StepHowLines['generic'];
}

declare module 'virtual:site-aliases' {
  const aliases: Record<string, string[]>;
  export default aliases;
}
