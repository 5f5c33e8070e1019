// The #/figures and #/trends addresses: parsed into params and written back the same, defaults
// left out of the address, terms split on either comma.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../src/lib/route';

const roundTrip = (hash: string): Route => parseRoute(routeHref(parseRoute(hash)));

describe('figures and trends routes', () => {
  it('reads terms, split, measure and the chosen report', () => {
    expect(parseRoute('#/trends?terms=数字化改革，共同富裕,提案&by=locality&measure=count&report=abc')).toEqual({
      name: 'trends', params: { terms: ['数字化改革', '共同富裕', '提案'], by: 'locality', measure: 'count', report: 'abc' },
    });
    expect(parseRoute('#/trends')).toEqual({ name: 'trends', params: { terms: [], by: 'none', measure: 'per10k', report: null } });
    expect(routeHref(parseRoute('#/trends?by=nonsense&measure=per10k'))).toBe('#/trends');
  });

  it('reads category, unit, text filter, sort and split of the figure table', () => {
    expect(parseRoute('#/figures?category=提案&unit=件&q=政协&sort=value&by=body')).toEqual({
      name: 'figures', params: { category: '提案', unit: '件', q: '政协', sort: 'value', by: 'body' },
    });
    expect(routeHref(parseRoute('#/figures'))).toBe('#/figures');
  });

  it('writes back what it read', () => {
    for (const hash of ['#/trends?terms=a,b&by=body&report=x', '#/figures?category=未分类&q=a%26b', '#/trends?terms=%E6%8F%90%E6%A1%88']) {
      expect(roundTrip(hash)).toEqual(parseRoute(hash));
    }
  });
});
