// The outline as a tree of links: click to jump; the section being read is marked as you scroll
// (the headings' places in the text, looked up by binary search once a frame while scrolling).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Heading } from '../model/report';
import { t } from './i18n';
import { firstBelow, landed, topbarBottom } from './reading-place';

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

/** The section holding paragraph `para`: the last heading at or before it. */
function sectionOf(outline: Heading[], para: number): number {
  let at = -1;
  outline.forEach((h, i) => { if (h.para <= para) at = i; });
  return at;
}

/** Scrolling this far from where the view landed is the reader moving on. */
const MOVED_PX = 8;

/**
 * Index of the heading being read: the first heading in sight in the upper third of the screen
 * (under the sticky top bar), else the last one above it, whose section runs on. Right after a jump
 * (a section, a figure, a search hit in mid-screen) it is the section landed in, until the reader scrolls.
 */
function useCurrentHeading(outline: Heading[], titles: string[] | null): number {
  const [current, setCurrent] = useState(-1);
  const pin = landed.value;
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (pin && Math.abs(window.scrollY - pin.y) <= MOVED_PX) { setCurrent(sectionOf(outline, pin.para)); return; }
      if (pin) landed.value = null;
      const els = document.querySelectorAll<HTMLElement>('.reading [data-heading]');
      const top = topbarBottom();
      const i = firstBelow(els, top);
      const el = els[i];
      const at = el && el.getBoundingClientRect().top < top + (window.innerHeight - top) * 0.35 ? i : i - 1;
      setCurrent(at < 0 ? -1 : Number(els[at]!.dataset.heading));
    };
    const onScroll = () => { if (!frame) frame = requestAnimationFrame(update); };
    update();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => { removeEventListener('scroll', onScroll); removeEventListener('resize', onScroll); cancelAnimationFrame(frame); };
  }, [outline, titles, pin]);
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
