// The parser's version, apart from the parser itself, so the page can tell whether stored reports
// need re-parsing without loading the parser. Bump it whenever the parser's output changes.
export const PARSER_VERSION = 12;
