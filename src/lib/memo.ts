// A string function with its answers kept: names, terms and clause heads repeat across a report and a
// library, and folding or cleaning each again adds up. Past `limit` distinct inputs all are forgotten
// at once (a library repeats a few thousand; a stream of new ones must not grow the map for good).
export function memoize<T>(fn: (input: string) => T, limit: number): (input: string) => T {
  const kept = new Map<string, T>();
  return (input) => {
    if (kept.has(input)) return kept.get(input) as T;
    if (kept.size > limit) kept.clear();
    const out = fn(input);
    kept.set(input, out);
    return out;
  };
}
