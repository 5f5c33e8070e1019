// What the figures and trends views show over an empty library: a sentence and the way to the
// library, where files are imported and the sample reports offered.
import { routeHref } from '../../lib/route';
import { tt } from './strings';

export function EmptyLibrary() {
  return (
    <p class="card empty-library">
      {tt().empty} <a href={routeHref({ name: 'library', shared: false })}>{tt().toLibrary}</a>
    </p>
  );
}
