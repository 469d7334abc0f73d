// Issue 13: the popup's stylesheet goes into popup.html itself, as a <style> element. A linked stylesheet is one
// more file the browser loads before the popup's script may run (scripts wait for the page's stylesheets); in
// `npm run bench` the popup settled about 3 ms sooner of its 55 with its 6.6 kB of styles inline. Only the
// popup: it is the page measured against an empty one, and no other page loads its stylesheet. The extension's
// content security policy limits scripts, not styles (wxt.config.ts).
import type { OutputAsset, OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

const POPUP_HTML = 'entrypoints/popup/index.html';

/** popup.html with its one stylesheet link replaced by that stylesheet's text; the names of the files inlined. */
export function inlineStyles(html: string, styles: (href: string) => string | undefined): { html: string; inlined: string[] } {
  const inlined: string[] = [];
  const result = html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, href: string) => {
    const css = styles(href);
    if (css === undefined) return link;
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined into ${POPUP_HTML}`);
    inlined.push(href);
    return `<style>${css}</style>`;
  });
  return { html: result, inlined };
}

const assetText = (asset: OutputAsset) => (typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source));

export function inlinePopupStyles(): Plugin {
  return {
    name: 'afterleak:inline-popup-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, output) {
      const bundle = output as unknown as OutputBundle;
      const page = bundle[POPUP_HTML];
      if (page?.type !== 'asset') return;
      const css = (href: string) => {
        const file = bundle[href];
        return file?.type === 'asset' ? assetText(file) : undefined;
      };
      const { html, inlined } = inlineStyles(assetText(page), css);
      page.source = html;
      // Nothing else links the popup's stylesheet; a page that did would keep it.
      const linkedElsewhere = (href: string) =>
        Object.values(bundle).some(
          (file) => file !== page && file.type === 'asset' && file.fileName.endsWith('.html') && assetText(file).includes(href),
        );
      for (const href of inlined) if (!linkedElsewhere(href)) delete bundle[href];
    },
  };
}
