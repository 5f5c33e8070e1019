// Public surface of the search layer (pure: runs in the worker, in Node and in tests).
export { SearchIndex, exportIndex, loadIndex, type SegmentChanges } from './search-index';
export { SEARCH_INDEX_VERSION, restoreText, type SearchIndexExport, type StoredDoc, type StoredSegment, type StoredText } from './persist';
export type { TextSource } from './texts';
export { highlightHtml, escapeHtml } from './snippet';
export { parseQuery, type ParsedQuery, type Term } from './query-parse';
export { tokenize } from './tokenize';
export type * from './types';
export { createSuggestIndex, loadSuggestIndex, suggestDoc, suggestReports, SUGGEST_VERSION, type SuggestDoc } from './suggest';
