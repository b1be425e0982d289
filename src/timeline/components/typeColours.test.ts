import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventTypeDefinition } from '../../events/vocabulary.ts';
import { typeColourCss } from './typeColours.ts';

describe('the type colours stylesheet, generated from the vocabulary', () => {
  const css = typeColourCss();

  it('gives every type its light and dark colour, `other` first so that any later type wins', () => {
    for (const type of EVENT_TYPES) {
      const selector = type.id === 'other' ? '[data-type]' : `[data-type='${type.id}']`;
      expect(css).toContain(`.tarikh ${selector} { --tk-type: light-dark(${type.colour.light}, ${type.colour.dark}); }`);
      // Browsers without light-dark() get the light one.
      expect(css).toContain(`.tarikh ${selector} { --tk-type: ${type.colour.light}; }`);
    }
    expect(css.indexOf('[data-type] {')).toBeLessThan(css.indexOf("[data-type='meeting']"));
  });

  it('leaves the colour scheme to the theme (data-theme sets it there; auto follows the reader\'s)', () => {
    expect(css).not.toContain('color-scheme');
    const theme = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
    expect(theme).toMatch(/\.tarikh \{\s*color-scheme: light dark;/);
    expect(theme).toMatch(/\.tarikh\[data-theme='light'\] \{\s*color-scheme: light;/);
    expect(theme).toMatch(/\.tarikh\[data-theme='dark'\] \{\s*color-scheme: dark;/);
  });

  it('refuses what it cannot write into CSS as it is', () => {
    const other = EVENT_TYPES.at(-1) as EventTypeDefinition;
    const meeting = EVENT_TYPES[0] as EventTypeDefinition;
    expect(() => typeColourCss([other, { ...meeting, id: "x'] { color: red } [a='" }])).toThrow(/identifier/);
    expect(() => typeColourCss([other, { ...meeting, colour: { light: 'red;}', dark: '#000000' } }])).toThrow(/colours/);
    expect(() => typeColourCss([meeting])).toThrow(/other/);
  });

  it('no component keeps a colour list of its own', () => {
    const dirs = ['src/timeline', 'src/embed'];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((name) => /\.(svelte|css)$/.test(name))) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(text, file).not.toMatch(/--tk-type-|data-type='[a-z]+'/);
      }
    }
  });
});
