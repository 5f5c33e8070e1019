// Every figure category has an English name: a category added to the rules without one would show
// its Chinese name in the English interface.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/trends/category-rules';
import { setLang } from '../../src/state/settings';
import { categoryName } from '../../src/ui/figures/category-name';

describe('category names', () => {
  it('are English in the English interface and the categories themselves in Chinese', () => {
    setLang('en');
    const english = CATEGORIES.map(categoryName);
    expect(english.filter((n) => /\p{Script=Han}/u.test(n))).toEqual([]);
    expect(new Set(english).size).toBe(CATEGORIES.length);
    setLang('zh');
    expect(CATEGORIES.map(categoryName)).toEqual([...CATEGORIES]);
  });
});
