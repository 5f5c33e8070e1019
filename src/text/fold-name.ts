// Short names folded for matching (places, units): a library has few distinct ones, and folding
// one per report or per figure on every filter change adds up, so each is folded once.
import { foldForMatch } from './fold';

const folded = new Map<string, string>();

export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size > 10_000) folded.clear();
    folded.set(name, (f = foldForMatch(name)));
  }
  return f;
}
