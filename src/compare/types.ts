// The alignment's public shapes: what the compare view renders and the CLI prints.

export interface HeadingRef {
  /** Index into the report's outline. */
  index: number;
  level: number;
  number: string | null;
  title: string;
}

export type RowKind = 'same' | 'reworded' | 'moved' | 'added' | 'removed';

export interface Row {
  left: HeadingRef | null;
  right: HeadingRef | null;
  /** How alike the paired sections are, 0..1; 0 for a gap. */
  score: number;
  kind: RowKind;
  /** The pair breaks one report's order (shuffled, or moved under another parent). */
  moved?: boolean;
}

export interface Change {
  kind: Exclude<RowKind, 'same'>;
  /** Index into rows. */
  row: number;
  left: HeadingRef | null;
  right: HeadingRef | null;
  score: number;
}

export interface Alignment {
  rows: Row[];
  /** Added, removed, moved and reworded sections; a gap inside a gap is not listed again. */
  changes: Change[];
}
