// The current route as a signal, driven by location.hash, so back/forward, bookmarks and
// home-screen starts all land on the same view.
import { signal } from '@preact/signals';
import { parseRoute, routeHref, type Route } from '../lib/route';

export const route = signal<Route>(parseRoute(location.hash));

export function startRouter(): () => void {
  const onChange = () => { route.value = parseRoute(location.hash); };
  window.addEventListener('hashchange', onChange);
  onChange();
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigate(next: Route, replace = false): void {
  const href = routeHref(next);
  if (replace) history.replaceState(null, '', href);
  else if (location.hash !== href) location.hash = href;
  route.value = parseRoute(href);
}
