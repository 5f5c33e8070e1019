// Page entry: the stylesheets and the app shell, nothing else (everything heavy loads lazily).
import { render } from 'preact';
import { App } from './app/App';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/library.css';
import './ui/styles/report.css';

render(<App />, document.getElementById('app')!);
