// The five seed reports against their hand-checked gold files.
import { join } from 'node:path';
import { goldSuite } from '../support/gold-suite';

goldSuite('seed fixtures', join(import.meta.dirname, '../fixtures'), 5);
