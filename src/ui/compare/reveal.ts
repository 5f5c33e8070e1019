// Brings one alignment row into view from outside the columns (the list of changes, closing a
// pair's detail): in the two-column layout it scrolls the columns themselves, so the synced-scroll
// handler keeps the other side on the same row; on a phone it scrolls the row's card.
const FLASH_MS = 1600;

export function revealRow(row: number): void {
  const cells = document.querySelectorAll<HTMLElement>(`.cmp-col [data-row="${row}"], .cmp-cards [data-row="${row}"]`);
  cells.forEach((cell) => {
    const col = cell.closest<HTMLElement>('.cmp-col');
    if (col) col.scrollTop = Math.max(0, cell.offsetTop - col.clientHeight / 3);
    cell.classList.remove('flash');
    void cell.offsetWidth; // restart the animation on a second click
    cell.classList.add('flash');
    setTimeout(() => cell.classList.remove('flash'), FLASH_MS);
  });
  const first = cells[0];
  if (!first) return;
  (first.closest('.cmp-columns') ?? first).scrollIntoView({ block: 'nearest' });
  first.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  if (first.tagName === 'BUTTON') first.focus({ preventScroll: true });
}
