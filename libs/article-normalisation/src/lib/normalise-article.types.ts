import type { RemovedLine } from './text/boilerplate-remover';

export type RejectionReason = 'not_arabic' | 'empty' | 'binary' | 'undecodable' | 'too_large';

export interface NormaliseHints {
  title?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
}

export interface NormaliseInput {
  /** Raw bytes (decoded here: UTF-8, windows-1256, ISO-8859-6, declared or sniffed) or text. */
  body: Buffer | string;
  contentType?: string | null;
  /** Charset the transport declared (HTTP header), if any. */
  declaredCharset?: string | null;
  url?: string | null;
  fileName?: string | null;
  /** Metadata from the feed or JSON envelope, used where the page gives none. */
  hints?: NormaliseHints | null;
}

export interface NormaliseOptions {
  /** Bodies larger than this are rejected as too_large (default 5 MiB). */
  maxBytes?: number;
  /** Least Arabic-letter share of the main text for lang 'ar' (default 0.5). */
  minArabicRatio?: number;
}

export interface NormalisedArticle {
  title: string | null;
  /** ISO: 'YYYY-MM-DD' when only the day is known, else a UTC date-time. */
  publishedAt: string | null;
  publishedAtSource: 'metadata' | 'hint' | 'dateline' | null;
  author: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  lang: string;
  /** Main-story paragraphs, display text (letters as written). */
  paragraphs: string[];
  /** Paragraphs joined by newlines. */
  text: string;
  /** Boilerplate lines dropped, for audit. */
  removed: string[];
  /** The same lines with the rule that removed each. */
  removedLines: RemovedLine[];
  /** Minhash fingerprint of the main text (see NearDuplicateIndex). */
  fingerprint: string;
  format: 'html' | 'text';
  charset: string | null;
}

export type NormaliseResult = { ok: true; article: NormalisedArticle } | { ok: false; reason: RejectionReason; detail: string };
