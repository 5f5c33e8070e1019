// Hold-out sets: realistic reports of every kind, layout and encoding in the README, each written and
// gold-checked without looking at the parser (other provinces, bodies, half-year and 换届 reports,
// web pages, Word files, PDF copies, one-line layouts). Printed misses are findings about
// generalisation: read them before changing anything.
import { join } from 'node:path';
import { goldSuite } from '../support/gold-suite';

/** Each set's size: a lost or unmatched file fails its set. */
const SETS: Array<[string, number]> = [['holdout', 10], ['holdout2', 10], ['holdout3', 10], ['holdout4', 10], ['holdout5', 6], ['holdout6', 6]];
for (const [set, size] of SETS) goldSuite(set, join(import.meta.dirname, '../fixtures', set), size);
