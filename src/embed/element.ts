/**
 * dist/embed.js (and `tarikh/embed`, lib/embed/embed.js): defines `<tarikh-timeline>`.
 * Loading it twice (or next to another copy) keeps the first definition.
 */
import TarikhTimeline from './TarikhTimeline.ce.svelte';
import './embed.css';
import { TAG } from './element-types.ts';

export { TAG };

const element = (TarikhTimeline as unknown as { element?: CustomElementConstructor }).element;
if (element && !customElements.get(TAG)) customElements.define(TAG, element);
