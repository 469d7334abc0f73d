// scripts/inline-popup-styles.ts: the popup's stylesheet written into popup.html (issue 13). The built page is
// checked in real Chromium by tests/e2e/first-paint.spec.ts.
import { describe, expect, it } from 'vitest';
import { inlineStyles } from '../../../scripts/inline-popup-styles';

const page = (head: string) => `<html><head>${head}</head><body class="popup"></body></html>`;

describe('the popup’s styles in its page', () => {
  it('replaces each stylesheet link it has the text of, and names what it inlined', () => {
    const styles: Record<string, string> = { 'assets/popup-1.css': ':root{--accent:#1f5fbf}' };
    const result = inlineStyles(
      page('<link rel="stylesheet" crossorigin href="/assets/popup-1.css"><link rel="stylesheet" href="/assets/other.css">'),
      (href) => styles[href],
    );
    expect(result.html).toBe(page('<style>:root{--accent:#1f5fbf}</style><link rel="stylesheet" href="/assets/other.css">'));
    expect(result.inlined).toEqual(['assets/popup-1.css']);
  });

  it('refuses a stylesheet that would end the <style> element early', () => {
    expect(() => inlineStyles(page('<link rel="stylesheet" href="/assets/popup-1.css">'), () => 'a::after{content:"</style>"}')).toThrow(
      /cannot be inlined/,
    );
  });
});
