// A figure category as the interface shows it: the categories are the app's own, named in Chinese
// (src/trends/category-rules.ts), so the English interface gives them English names. The address
// and the sort keep the Chinese name, which is the category's key.
import { UNCATEGORISED } from '../../state/figures';
import { tt } from '../trends/strings';

export function categoryName(category: string): string {
  if (category === UNCATEGORISED) return tt().uncategorised;
  return tt().categories[category] ?? category;
}
