import { mount } from 'svelte';
import FrameApp from './FrameApp.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('embed.html has no #app element');
export default mount(FrameApp, { target });
