// Decoding fetched or dropped-in bytes to text: charset labels are resolved and decoded by the
// runtime's WHATWG TextDecoder (its label table is the Encoding Standard's, so no alias table of
// our own). windows-1256 and ISO-8859-6 need a Node.js build with full ICU, which official
// builds and images are; a build without one fails with a clear message instead of mojibake.
import { TextDecoder } from 'node:util';

export type CharsetSource = 'bom' | 'declared' | 'header' | 'xml-declaration' | 'meta' | 'sniffed' | 'default';

export interface DecodedText {
  text: string;
  /** WHATWG name of the charset used ('utf-8', 'windows-1256', 'iso-8859-6', …). */
  charset: string;
  /** Where it came from: a BOM, the caller's declaration, the Content-Type header, the document, or a sniff. */
  source: CharsetSource;
  /** Share of U+FFFD replacement characters in the text: high means undecodable. */
  replacementRatio: number;
}

export interface CharsetHints {
  /** A charset the sender declared apart from the bytes (an event's declaredCharset). */
  declared?: string | null;
  /** The transport's Content-Type, whose charset parameter counts as a declaration. */
  contentType?: string | null;
}

/** The Arabic legacy code pages a sniff chooses between, most common first. */
const ARABIC_CODE_PAGES = ['windows-1256', 'iso-8859-6'] as const;

const decoders = new Map<string, TextDecoder>();

function decoderFor(charset: string): TextDecoder {
  let decoder = decoders.get(charset);
  if (!decoder) {
    decoder = new TextDecoder(charset);
    decoders.set(charset, decoder);
  }
  return decoder;
}

/** The WHATWG name for a charset label ('CP1256' → 'windows-1256'), or null when unknown or not decodable here. */
export function charsetForLabel(label: string | null | undefined): string | null {
  const clean = label?.trim().replace(/^["']|["']$/g, '');
  if (!clean) return null;
  try {
    return decoderFor(clean.toLowerCase()).encoding;
  } catch {
    return null; // unknown label, or one this runtime cannot decode (the "replacement" encoding)
  }
}

/** charset=… of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function fromMeta(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

function fromXmlDeclaration(head: string): string | null {
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Decodes a document by the HTML spec's order: BOM, the declarations (the caller's, the
 * Content-Type's, then the document's XML declaration or <meta> in its first 4 KiB), then a
 * sniff (valid UTF-8, else whichever Arabic code page reads more like Arabic). A declaration
 * that the bytes contradict is overridden: a UTF-8 label on bytes that are not UTF-8, or a
 * single-byte label that yields no Arabic where an Arabic code page would (servers often
 * mislabel legacy Arabic pages).
 */
export function decodeText(bytes: Uint8Array, hints: CharsetHints = {}): DecodedText {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const meta = charsetForLabel(fromMeta(head));
  const declarations: Array<[string | null, CharsetSource]> = [
    [charsetForLabel(hints.declared), 'declared'],
    [charsetForLabel(charsetFromContentType(hints.contentType)), 'header'],
    [charsetForLabel(fromXmlDeclaration(head)), 'xml-declaration'],
    // A document cannot declare itself UTF-16 in ASCII-compatible bytes (HTML spec): UTF-8.
    [meta === 'utf-16le' || meta === 'utf-16be' ? 'utf-8' : meta, 'meta'],
  ];
  for (const [charset, source] of declarations) {
    if (!charset) continue;
    if (charset === 'utf-8') {
      const text = strictUtf8(bytes);
      if (text !== null) return { text, charset, source, replacementRatio: 0 };
      continue; // the label lies; a later declaration or the sniff decides
    }
    const decoded = decodeAs(bytes, charset, source);
    if (arabicShare(decoded.text) > 0.2 || !hasHighBytes(bytes)) return decoded;
    const sniffed = sniffCharset(bytes);
    return arabicShare(sniffed.text) > arabicShare(decoded.text) + 0.2 ? sniffed : decoded;
  }
  return sniffCharset(bytes);
}

/** UTF-8 if the bytes are valid UTF-8, else whichever Arabic code page reads more like Arabic. */
export function sniffCharset(bytes: Uint8Array): DecodedText {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', source: hasHighBytes(bytes) ? 'sniffed' : 'default', replacementRatio: 0 };
  const candidates = ARABIC_CODE_PAGES.map((c) => decodeAs(bytes, c, 'sniffed'));
  candidates.sort((a, b) => legacyScore(b.text) - legacyScore(a.text));
  return candidates[0];
}

function fromBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', 'bom');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', 'bom');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', 'bom');
  return null;
}

/** Decodes with replacement characters for undecodable bytes (a BOM of the charset itself is dropped). */
function decodeAs(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedText {
  let decoder: TextDecoder;
  try {
    decoder = decoderFor(charset);
  } catch {
    throw new Error(`this Node.js build cannot decode ${charset} (it lacks full ICU data): use an official Node.js build or image`);
  }
  const text = decoder.decode(bytes);
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, charset, source, replacementRatio: text.length ? replacements / text.length : 0 };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
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
