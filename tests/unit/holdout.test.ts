// Hold-out sets: realistic reports of every kind, layout and encoding in the README, each written and
// gold-checked without looking at the parser (other provinces, bodies, half-year and 换届 reports,
// web pages, Word files, PDF copies, one-line layouts). Printed misses are findings about
// generalisation: read them before changing anything.
import { join } from 'node:path';
import { goldSuite } from '../support/gold-suite';

for (const set of ['holdout', 'holdout2', 'holdout3', 'holdout4']) goldSuite(set, join(import.meta.dirname, '../fixtures', set), 10);
