// Loads a view's code on first use, so the figures and trends views (and their charts) stay out of
// the first page load; they are still precached as lazy chunks for offline use.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
  loading: string;
}

export function LazyView<P extends object>({ load, props, loading }: Props<P>) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then((v) => { if (live) setView(() => v); }, (err: unknown) => { if (live) setFailed(String(err)); });
    return () => { live = false; };
  }, [load]);
  if (failed) return <div class="card" role="alert">{failed}</div>;
  return View ? <View {...props} /> : <p class="muted" aria-busy="true">{loading}</p>;
}
