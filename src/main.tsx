// Page entry: the stylesheets and the app shell, nothing else (everything heavy loads lazily).
import { render } from 'preact';
import { App } from './app/App';
import { searchClient } from './worker/search-client';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/library.css';
import './ui/styles/report.css';

// A search opened from a link or a bookmark: the worker starts reading the stored index now, not
// once the search view has loaded and asks (reading it is most of the wait for a first result).
if (location.hash.startsWith('#/search')) searchClient().open();

render(<App />, document.getElementById('app')!);
