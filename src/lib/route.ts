// Hash routes as data: '#/report/<id>?section=3' <-> { name: 'report', id, section }.
// Pure, so the router, links and tests agree on one spelling of every deep link.

export type Route =
  | { name: 'library'; shared: boolean }
  | { name: 'report'; id: string; section: number | null; q: string | null }
  | { name: 'search'; q: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'library', shared: params.get('shared') === '1' };
  if (parts[0] === 'report' && parts[1] && parts.length === 2) {
    const section = Number.parseInt(params.get('section') ?? '', 10);
    return { name: 'report', id: parts[1], section: Number.isFinite(section) ? section : null, q: params.get('q') };
  }
  if (parts[0] === 'search' && parts.length === 1) return { name: 'search', q: params.get('q') ?? '' };
  if (parts[0] === 'compare' && parts[1] && parts[2]) return { name: 'compare', a: parts[1], b: parts[2] };
  return { name: 'not-found', hash: raw };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library': return route.shared ? '#/?shared=1' : '#/';
    case 'report': {
      const params = new URLSearchParams();
      if (route.section !== null) params.set('section', String(route.section));
      if (route.q) params.set('q', route.q);
      const qs = params.toString();
      return `#/report/${encodeURIComponent(route.id)}${qs ? `?${qs}` : ''}`;
    }
    case 'search': return `#/search?q=${encodeURIComponent(route.q)}`;
    case 'compare': return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'not-found': return `#${route.hash}`;
  }
}

export function reportHref(id: string, section: number | null = null): string {
  return routeHref({ name: 'report', id, section, q: null });
}

function safeDecode(part: string): string {
  try { return decodeURIComponent(part); } catch { return part; }
}
