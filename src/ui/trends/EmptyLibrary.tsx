// What the figures and trends views show over an empty library: their heading, a sentence and the
// way to the library, where files are imported and the sample reports offered.
import { routeHref } from '../../lib/route';
import { tt } from './strings';

export function EmptyLibrary({ view, title, intro }: { view: string; title: string; intro: string }) {
  return (
    <div class={view}>
      <h1>{title}</h1>
      <p class="muted">{intro}</p>
      <p class="card empty-library">
        {tt().empty} <a href={routeHref({ name: 'library', shared: false })}>{tt().toLibrary}</a>
      </p>
    </div>
  );
}
