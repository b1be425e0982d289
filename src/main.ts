import { mount } from 'svelte';
import App from './timeline/components/App.svelte';
import './timeline/components/page.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
