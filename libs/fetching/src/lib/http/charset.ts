import * as iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'sniffed' | 'default';

export interface CharsetDetection {
  charset: string;
  source: CharsetSource;
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'x-cp1256': 'windows-1256',
  cp1256: 'windows-1256',
  'arabic': 'iso-8859-6',
  'iso-8859-6-i': 'iso-8859-6',
  'iso-ir-127': 'iso-8859-6',
  'ecma-114': 'iso-8859-6',
  'asmo-708': 'iso-8859-6',
  'us-ascii': 'windows-1252',
  'iso-8859-1': 'windows-1252', // WHATWG: latin1 labels decode as windows-1252
  latin1: 'windows-1252',
};

/** A label iconv can decode, normalised; null for unknown labels. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = ALIASES[clean] ?? clean;
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m ? m[2] : null;
}

function fromBom(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** <meta charset> or http-equiv Content-Type in the first 1 KiB (as the HTML spec prescans). */
function fromMeta(head: string): string | null {
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return direct ? direct[1] : null;
}

function fromXmlDeclaration(head: string): string | null {
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head);
  return m ? m[1] : null;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The charset of a document, by the HTML spec's order: BOM, transport header, in-document
 * declaration (meta / XML declaration), then a sniff (valid UTF-8, else an Arabic legacy
 * encoding). Only the first bytes are examined for declarations.
 */
export function detectCharset(bytes: Buffer, contentType: string | null | undefined): CharsetDetection {
  const bom = fromBom(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  const header = normaliseCharset(charsetFromContentType(contentType));
  if (header) return { charset: header, source: 'header' };
  const head = bytes.subarray(0, 1024).toString('latin1');
  const xml = normaliseCharset(fromXmlDeclaration(head));
  if (xml) return { charset: xml, source: 'xml-declaration' };
  const meta = normaliseCharset(fromMeta(head));
  if (meta) return { charset: meta === 'utf-16le' || meta === 'utf-16be' ? 'utf-8' : meta, source: 'meta' };
  const sample = bytes.subarray(0, 64 * 1024);
  if (isValidUtf8(trimPartialUtf8(sample, bytes.length > sample.length))) return { charset: 'utf-8', source: bytes.some((b) => b >= 0x80) ? 'sniffed' : 'default' };
  // Not UTF-8: for Arabic outlets the legacy encoding is overwhelmingly windows-1256.
  return { charset: 'windows-1256', source: 'sniffed' };
}

/** A sample cut mid-character must not fail the UTF-8 check. */
function trimPartialUtf8(sample: Buffer, truncated: boolean): Buffer {
  if (!truncated) return sample;
  let end = sample.length;
  for (let i = 0; i < 4 && end > 0 && (sample[end - 1] & 0xc0) === 0x80; i++) end--;
  if (end > 0 && sample[end - 1] >= 0xc0) end--;
  return sample.subarray(0, end);
}

export function decodeBody(bytes: Buffer, charset: string): string {
  const text = iconv.decode(bytes, normaliseCharset(charset) ?? 'utf-8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
