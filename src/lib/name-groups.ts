// One entry per meaning in lists that offer names to choose from (places, units): names that fold
// alike (義烏市 and 义乌市, 個 and 个) are one entry, counted together and shown in the form most of
// them use; on a tie the folded form (simplified) wins. The fold is passed in: it pulls the t2cn
// dictionary, which the page loads late (text/convert.ts) and the workers hold already.

export interface NameGroup {
  /** The folded name every form of the group shares. */
  key: string;
  /** The form shown. */
  name: string;
  /** How many of the values were one of its forms. */
  count: number;
}

/** Groups of the non-empty values, in the order their first form appears. */
export function nameGroups(values: Iterable<string | null | undefined>, fold: (s: string) => string): NameGroup[] {
  const forms = new Map<string, Map<string, number>>();
  for (const v of values) {
    if (!v) continue;
    const key = fold(v);
    let counts = forms.get(key);
    if (!counts) forms.set(key, (counts = new Map()));
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...forms].map(([key, counts]) => {
    let name = '', best = -1, count = 0;
    for (const [form, n] of counts) {
      count += n;
      // Ties go to the folded form, then to the lower code units, so the name never depends on order.
      if (n > best || (n === best && form !== name && (form === key || (name !== key && form < name)))) [name, best] = [form, n];
    }
    return { key, name, count };
  });
}

/** Every value's shown name (its group's), for grouping rows by a name written in either script. */
export function shownNames(values: Iterable<string | null | undefined>, fold: (s: string) => string): Map<string, string> {
  const list = [...values];
  const byKey = new Map(nameGroups(list, fold).map((g) => [g.key, g.name]));
  const out = new Map<string, string>();
  for (const v of list) if (v && !out.has(v)) out.set(v, byKey.get(fold(v))!);
  return out;
}
