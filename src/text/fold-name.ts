// Short names folded for matching (places, units): a library has few distinct ones, and folding
// one per report or per figure on every filter change adds up, so each is folded once.
import { memoize } from '../lib/memo';
import { foldForMatch } from './fold';

export const foldName = memoize(foldForMatch, 10_000);
