/** The review page (review.html, served by `npm run review`): not part of the app's or the embed's build. */
import { mount } from 'svelte';
import ReviewApp from './components/ReviewApp.svelte';
import '../timeline/components/page.css';

const target = document.getElementById('app');
if (!target) throw new Error('review.html has no #app element');
export default mount(ReviewApp, { target });
