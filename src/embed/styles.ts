/**
 * The embed's stylesheet, adopted into each shadow root. The build (vite.embed.config.ts)
 * replaces the placeholder below with the extracted CSS of every component.
 * A constructed stylesheet is shared by all instances and is not subject to CSP `style-src`,
 * unlike a `<style>` element; browsers without constructable stylesheets get a `<style>`.
 */
const CSS = '__TARIKH_EMBED_CSS__';

let shared: CSSStyleSheet | null = null;

/** `npm run dev` has no build step to fill the placeholder: Vite puts each component's CSS in <head>. */
function devCss(): string {
  return [...document.querySelectorAll('style[data-vite-dev-id]')].map((style) => style.textContent).join('\n');
}

export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(import.meta.env.DEV ? devCss() : CSS);
    }
    if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = import.meta.env.DEV ? devCss() : CSS;
  root.prepend(style);
}
