// Whether the screen is phone-narrow: the compare view then lays each pair out as one card
// instead of two side-by-side columns. Follows rotation and window resizes.
import { useEffect, useState } from 'preact/hooks';

export const NARROW_QUERY = '(max-width: 720px)';

export function useNarrow(query = NARROW_QUERY): boolean {
  const [narrow, setNarrow] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const mq = matchMedia(query);
    const onChange = () => setNarrow(mq.matches);
    onChange();
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return narrow;
}
