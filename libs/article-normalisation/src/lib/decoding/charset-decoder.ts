import * as iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  /** Charset used, lower-case canonical name ('utf-8', 'windows-1256', 'iso-8859-6', ...). */
  charset: string;
  /** Where the charset came from. */
  basis: 'bom' | 'declared' | 'meta' | 'sniffed';
  /** Share of U+FFFD replacement characters in the text: high means undecodable. */
  replacementRatio: number;
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  cp1256: 'windows-1256',
  'windows-1256': 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  iso88596: 'iso-8859-6',
  'iso_8859-6': 'iso-8859-6',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-8859-6-e': 'iso-8859-6',
  arabic: 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'ecma-114': 'iso-8859-6',
};

/** Canonical charset name, or null when iconv-lite cannot decode it. */
export function canonicalCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const canonical = ALIASES[lower] ?? lower;
  return iconv.encodingExists(canonical) ? canonical : null;
}

/** charset=… of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** <meta charset> or <meta http-equiv="Content-Type" content="…charset=…"> in the first 4 KiB. */
export function charsetFromMeta(body: Buffer): string | null {
  const head = body.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Decodes a fetched body. Order: BOM, then the transport's declared charset, then an
 * HTML <meta>, then sniffing. A declared single-byte charset that yields no Arabic while
 * an Arabic code page would is overridden: servers often mislabel legacy Arabic pages.
 */
export function decodeBody(body: Buffer, declared?: string | null, contentType?: string | null): DecodedBody {
  const bom = fromBom(body);
  if (bom) return bom;
  const declaredCharset = canonicalCharset(declared) ?? canonicalCharset(charsetFromContentType(contentType));
  const metaCharset = canonicalCharset(charsetFromMeta(body));
  for (const [charset, basis] of [
    [declaredCharset, 'declared'],
    [metaCharset, 'meta'],
  ] as const) {
    if (!charset) continue;
    if (charset === 'utf-8') {
      const text = strictUtf8(body);
      if (text !== null) return { text, charset, basis, replacementRatio: 0 };
      continue; // the label lies; sniff instead
    }
    const decoded = decodeWith(body, charset, basis);
    if (arabicShare(decoded.text) > 0.2 || !hasHighBytes(body)) return decoded;
    const sniffed = sniffCharset(body);
    return arabicShare(sniffed.text) > arabicShare(decoded.text) + 0.2 ? sniffed : decoded;
  }
  return sniffCharset(body);
}

/** UTF-8 if the bytes are valid UTF-8, else whichever Arabic code page reads more like Arabic. */
export function sniffCharset(body: Buffer): DecodedBody {
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', basis: 'sniffed', replacementRatio: 0 };
  const candidates = ['windows-1256', 'iso-8859-6'].map((c) => decodeWith(body, c, 'sniffed'));
  candidates.sort((a, b) => legacyScore(b.text) - legacyScore(a.text));
  return candidates[0];
}

function fromBom(body: Buffer): DecodedBody | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return decodeWith(body.subarray(3), 'utf-8', 'bom');
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return decodeWith(body.subarray(2), 'utf-16le', 'bom');
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return decodeWith(body.subarray(2), 'utf-16be', 'bom');
  return null;
}

function decodeWith(body: Buffer, charset: string, basis: DecodedBody['basis']): DecodedBody {
  const text = iconv.decode(body, charset, { stripBOM: true });
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, charset, basis, replacementRatio: text.length ? replacements / text.length : 0 };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The body as UTF-8, or null when it is not valid UTF-8. */
function strictUtf8(body: Buffer): string | null {
  try {
    return UTF8.decode(body);
  } catch {
    return null;
  }
}

function hasHighBytes(body: Buffer): boolean {
  for (const b of body) if (b >= 0x80) return true;
  return false;
}

function arabicShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ch >= '\u0600' && ch <= '\u06FF') arabic++;
    }
  }
  return letters ? arabic / letters : 0;
}

// Reading a page in the wrong Arabic code page gives Latin accented letters (1256 read
// as 8859-6 is undefined there → U+FFFD; 8859-6 read as 1256 → à, ç, é): penalise both.
function legacyScore(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (ch >= '\u0621' && ch <= '\u064A') score += 1;
    else if (ch === '\uFFFD' || (ch >= '\u0080' && ch <= '\u009F')) score -= 5;
    else if (ch >= '\u00C0' && ch <= '\u00FF') score -= 3;
  }
  return score;
}
