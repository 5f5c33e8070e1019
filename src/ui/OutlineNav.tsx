// The outline as a tree of links: click to jump; the section being read is marked as you scroll
// (IntersectionObserver on the headings in the text).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Heading } from '../model/report';
import { t } from './i18n';

interface Node { index: number; heading: Heading; children: Node[] }

function buildTree(outline: Heading[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  outline.forEach((heading, index) => {
    const node: Node = { index, heading, children: [] };
    while (stack.length && stack[stack.length - 1]!.heading.level >= heading.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

/** Index of the heading being read: the last one whose top has scrolled past the upper third. */
function useCurrentHeading(outline: Heading[], titles: string[] | null): number {
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    const els = [...document.querySelectorAll<HTMLElement>('[data-heading]')];
    if (els.length === 0) return;
    const visible = new Set<number>();
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const n = Number((e.target as HTMLElement).dataset.heading);
        if (e.isIntersecting) visible.add(n); else visible.delete(n);
      }
      if (visible.size > 0) setCurrent(Math.min(...visible));
    }, { rootMargin: '0px 0px -65% 0px' });
    els.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [outline, titles]);
  return current;
}

interface Props {
  outline: Heading[];
  titles: string[] | null;
  /** A real link per section (#/report/<id>?section=n), so a section can be opened in a new tab or bookmarked. */
  hrefFor: (heading: number) => string;
  onJump: (heading: number) => void;
}

export function OutlineNav({ outline, titles, hrefFor, onJump }: Props) {
  const current = useCurrentHeading(outline, titles);
  const nav = useRef<HTMLElement>(null);
  // On a phone the outline folds to one line above the text (CSS ignores this on wide screens).
  const [folded, setFolded] = useState(true);
  useEffect(() => {
    // Keep the marked entry in view inside the (separately scrolling) outline, without moving the page.
    const box = nav.current;
    const link = box?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!box || !link) return;
    const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 3;
  }, [current]);
  const d = t();
  const render = (nodes: Node[]) => (
    <ul>
      {nodes.map((n) => (
        <li key={n.index}>
          <a href={hrefFor(n.index)} aria-current={n.index === current ? 'location' : undefined}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // new tab/window: let the link work
              e.preventDefault();
              setFolded(true);
              onJump(n.index);
            }}>
            {n.heading.number && <span class="num">{n.heading.number}</span>}
            {titles?.[n.index] ?? n.heading.title}
          </a>
          {n.children.length > 0 && render(n.children)}
        </li>
      ))}
    </ul>
  );
  return (
    <nav ref={nav} class={`outline-nav${folded ? ' folded' : ''}`} aria-label={d.outline}>
      <h2>
        {d.outline}
        <button type="button" class="link fold" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          {folded ? d.showList : d.hideList}
        </button>
      </h2>
      {outline.length === 0 ? <p class="muted" style="margin:0 0.8rem">{d.noOutline}</p> : render(buildTree(outline))}
    </nav>
  );
}
