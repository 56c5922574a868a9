// Entry of the workbench: the first screen's request leaves at once (prefetch.ts); the NL Design System (Rijkshuisstijl
// Community) styles load with the page; React and the screens come in a chunk of their own, loaded meanwhile.
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import '@rijkshuisstijl-community/components-css/dist/index.css';
import './styles.css';
import { prefetchFirstScreen } from './prefetch';

prefetchFirstScreen();
void import('./boot').then(({ mount }) => mount(document.getElementById('root')!));
