// HTML character references: numeric ones and the named ones Chinese web pages actually use.
// Unknown names stay as written, which is what a reader would see in a browser anyway.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', bull: '•', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', bdquo: '„', sbquo: '‚', copy: '©', reg: '®', trade: '™', times: '×',
  divide: '÷', deg: '°', plusmn: '±', yen: '¥', cent: '¢', pound: '£', euro: '€', sect: '§',
  para: '¶', permil: '‰', prime: '′', Prime: '″', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞', minus: '−', frac12: '½', frac14: '¼',
  frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ', iexcl: '¡', iquest: '¿', ordm: 'º',
  ordf: 'ª', macr: '¯', acute: '´', uml: '¨', cedil: '¸', loz: '◊', star: '☆', hearts: '♥',
  radic: '√', sum: '∑', prod: '∏', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', mu: 'μ', pi: 'π',
  sigma: 'σ', omega: 'ω', Omega: 'Ω', tab: '\t', newline: '\n', colon: ':', comma: ',', period: '.',
  lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', lcub: '{', rcub: '}',
  excl: '!', quest: '?', num: '#', percnt: '%', sol: '/', bsol: '\\', verbar: '|', vert: '|',
  ast: '*', plus: '+', equals: '=', semi: ';', dollar: '$', commat: '@', lowbar: '_', grave: '`',
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    return codePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16));
  });
}

function codePoint(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  // Windows-1252 code points that pages written on old Chinese Windows put in numeric references.
  if (n >= 0x80 && n <= 0x9f) return CP1252[n - 0x80] ?? '\ufffd';
  return String.fromCodePoint(n);
}

const CP1252 = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ'.split('');
