// Hash routes as data: '#/report/<id>?section=3' <-> { name: 'report', id, section }.
// Pure, so the router, links and tests agree on one spelling of every deep link.

/** Search filters as the address holds them (#/search?q=…&body=…&locality=…&from=…&to=…&kind=…&report=…). */
export interface SearchParams {
  body: string | null;
  locality: string | null;
  from: number | null;
  to: number | null;
  kind: string | null;
  report: string | null;
  /** The keyword-in-context list instead of grouped results, and its sort. */
  view: 'results' | 'kwic';
  sort: 'left' | 'right' | null;
  /** The grouped results' order: null by relevance, else newest or oldest first (&order=newest). */
  order: 'newest' | 'oldest' | null;
  /** 'section': every word in one section, an excluded one striking only its section (&within=section). */
  within: Within;
}

/** A search's scope in an address: null for the whole report, the default. */
export type Within = 'section' | null;

export const NO_SEARCH_PARAMS: SearchParams = { body: null, locality: null, from: null, to: null, kind: null, report: null, view: 'results', sort: null, order: null, within: null };

export type Route =
  | { name: 'library'; shared: boolean }
  /** `at` (para.offset in ?at=) is the search hit to land on, with `q` the query whose hits are marked. */
  | { name: 'report'; id: string; section: number | null; q: string | null; at?: { para: number; start: number } | null; within?: Within }
  | { name: 'search'; q: string; params?: SearchParams }
  | { name: 'compare'; a: string; b: string }
  | { name: 'figures'; params: FiguresParams }
  | { name: 'trends'; params: TrendsParams }
  | { name: 'targets'; params: TargetsParams }
  | { name: 'not-found'; hash: string };

export type SplitParam = 'none' | 'body' | 'locality';

/** #/figures?category=提案&unit=件&q=…&sort=value&by=locality */
export interface FiguresParams { category: string | null; unit: string | null; q: string; sort: string | null; by: SplitParam }
/** #/trends?terms=a,b&by=locality&measure=count&report=<id> (report: the one top terms and similar reports are for). */
export interface TrendsParams { terms: string[]; by: SplitParam; measure: 'per10k' | 'count'; report: string | null }

/** #/targets?place=德清县&body=government&indicator=gdp: filters of the targets-and-results table. */
export interface TargetsParams { place: string | null; body: string | null; indicator: string | null }

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'library', shared: params.get('shared') === '1' };
  if (parts[0] === 'report' && parts[1] && parts.length === 2) {
    const section = Number.parseInt(params.get('section') ?? '', 10);
    return { name: 'report', id: parts[1], section: Number.isFinite(section) ? section : null, q: params.get('q'), at: parseAt(params.get('at')), within: params.get('within') === 'section' ? 'section' : null };
  }
  if (parts[0] === 'search' && parts.length === 1) return { name: 'search', q: params.get('q') ?? '', params: parseSearchParams(params) };
  if (parts[0] === 'compare' && parts[1] && parts[2]) return { name: 'compare', a: parts[1], b: parts[2] };
  if (parts[0] === 'figures' && parts.length === 1) return { name: 'figures', params: parseFiguresParams(params) };
  if (parts[0] === 'trends' && parts.length === 1) return { name: 'trends', params: parseTrendsParams(params) };
  if (parts[0] === 'targets' && parts.length === 1) {
    return { name: 'targets', params: { place: params.get('place') || null, body: params.get('body') || null, indicator: params.get('indicator') || null } };
  }
  return { name: 'not-found', hash: raw };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library': return route.shared ? '#/?shared=1' : '#/';
    case 'report': {
      const params = new URLSearchParams();
      if (route.section !== null) params.set('section', String(route.section));
      if (route.q) params.set('q', route.q);
      if (route.at) params.set('at', `${route.at.para}.${route.at.start}`);
      if (route.q && route.within) params.set('within', route.within);
      const qs = params.toString();
      return `#/report/${encodeURIComponent(route.id)}${qs ? `?${qs}` : ''}`;
    }
    case 'search': return `#/search?${searchQuery(route.q, route.params ?? NO_SEARCH_PARAMS)}`;
    case 'compare': return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'figures': return withQuery('#/figures', { category: route.params.category, unit: route.params.unit, q: route.params.q, sort: route.params.sort, by: route.params.by === 'none' ? null : route.params.by });
    case 'trends': return withQuery('#/trends', { terms: route.params.terms.join(','), by: route.params.by === 'none' ? null : route.params.by, measure: route.params.measure === 'count' ? 'count' : null, report: route.params.report });
    case 'targets': return withQuery('#/targets', { place: route.params.place, body: route.params.body, indicator: route.params.indicator });
    case 'not-found': return `#${route.hash}`;
  }
}

export function reportHref(id: string, section: number | null = null): string {
  return routeHref({ name: 'report', id, section, q: null });
}

function parseAt(raw: string | null): { para: number; start: number } | null {
  const m = /^(\d+)\.(\d+)$/.exec(raw ?? '');
  return m ? { para: Number(m[1]), start: Number(m[2]) } : null;
}

function year(raw: string | null): number | null {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 1900 && n < 3000 ? n : null;
}

function parseSearchParams(p: URLSearchParams): SearchParams {
  const sort = p.get('sort');
  const order = p.get('order');
  return {
    body: p.get('body') || null, locality: p.get('locality') || null, from: year(p.get('from')), to: year(p.get('to')),
    kind: p.get('kind') || null, report: p.get('report') || null, view: p.get('view') === 'kwic' ? 'kwic' : 'results',
    sort: sort === 'left' || sort === 'right' ? sort : null,
    order: order === 'newest' || order === 'oldest' ? order : null,
    within: p.get('within') === 'section' ? 'section' : null,
  };
}

/** q first, then only the filters that are set, so addresses stay short and stable. */
function searchQuery(q: string, sp: SearchParams): string {
  const params = new URLSearchParams({ q });
  for (const key of ['body', 'locality', 'from', 'to', 'kind', 'report'] as const) if (sp[key] !== null) params.set(key, String(sp[key]));
  if (sp.view === 'kwic') params.set('view', 'kwic');
  if (sp.sort) params.set('sort', sp.sort);
  if (sp.order) params.set('order', sp.order);
  if (sp.within) params.set('within', sp.within);
  return params.toString();
}

function safeDecode(part: string): string {
  try { return decodeURIComponent(part); } catch { return part; }
}

function split(raw: string | null): SplitParam {
  return raw === 'body' || raw === 'locality' ? raw : 'none';
}

function parseFiguresParams(p: URLSearchParams): FiguresParams {
  return { category: p.get('category') || null, unit: p.get('unit') || null, q: p.get('q') ?? '', sort: p.get('sort') || null, by: split(p.get('by')) };
}

function parseTrendsParams(p: URLSearchParams): TrendsParams {
  const terms = (p.get('terms') ?? '').split(/[,，、]/).map((t) => t.trim()).filter(Boolean);
  return { terms, by: split(p.get('by')), measure: p.get('measure') === 'count' ? 'count' : 'per10k', report: p.get('report') || null };
}

/** Only the parameters that are set, so addresses stay short. */
function withQuery(path: string, params: Record<string, string | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}
