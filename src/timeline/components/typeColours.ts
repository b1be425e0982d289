/**
 * The event types' colours as CSS, generated from the vocabulary (src/events/vocabulary.ts)
 * at build time: the Vite plugin below serves it as the module `virtual:tarikh-type-colours.css`,
 * which Timeline.svelte imports. It is bundled with the rest of the view's CSS: a stylesheet
 * file in the app and the iframe page, the constructed stylesheet in the element's shadow root
 * (vite.embed.config.ts), so no inline style and nothing for a strict CSP to block.
 *
 * Every element with `data-type="<id>"` inside the view gets `--tk-type`, its type's colour;
 * `light-dark()` picks the light or dark one by the view's `color-scheme`, which follows
 * `data-theme` (auto: the reader's `prefers-color-scheme`).
 */
import type { Plugin } from 'vite';
import { EVENT_TYPES, type EventTypeDefinition } from '../../events/vocabulary.ts';

export const TYPE_COLOURS_MODULE = 'virtual:tarikh-type-colours.css';

const COLOUR = /^#[0-9a-f]{6}$/i;
const ID = /^[a-z][a-z0-9-]*$/;

/** The stylesheet; throws on an id or colour that cannot be written into CSS as it is. */
export function typeColourCss(types: readonly EventTypeDefinition[] = EVENT_TYPES): string {
  const other = types.find((type) => type.id === 'other');
  if (!other) throw new Error('event types: "other" is missing (the colour of unknown types)');
  for (const { id, colour } of types) {
    if (!ID.test(id)) throw new Error(`event types: "${id}" is not a plain CSS identifier`);
    if (!COLOUR.test(colour.light) || !COLOUR.test(colour.dark)) throw new Error(`event types: "${id}" needs #rrggbb colours`);
  }
  // `other` first: any data-type takes its colour unless a later rule names the type.
  const ordered = [other, ...types.filter((type) => type !== other)];
  const rule = (type: EventTypeDefinition, value: string) =>
    `.tarikh [data-type${type === other ? '' : `='${type.id}'`}] { --tk-type: ${value}; }`;
  return [
    '/* Generated from src/events/vocabulary.ts (src/timeline/typeColours.ts). */',
    // color-scheme (which of each pair shows) is set by theme.css from data-theme.
    // Browsers without light-dark() (before 2024) keep the light colours.
    ...ordered.map((type) => rule(type, type.colour.light)),
    '@supports (color: light-dark(#000, #fff)) {',
    ...ordered.map((type) => '  ' + rule(type, `light-dark(${type.colour.light}, ${type.colour.dark})`)),
    '}',
    '',
  ].join('\n');
}

/** Vite plugin serving `virtual:tarikh-type-colours.css` (every build of the view needs it). */
export function tarikhTypeColours(): Plugin {
  const resolved = '\0virtual:tarikh-type-colours.css';
  return {
    name: 'tarikh-type-colours',
    resolveId(id) {
      return id === TYPE_COLOURS_MODULE ? resolved : null;
    },
    load(id) {
      return id === resolved ? typeColourCss() : null;
    },
  };
}
