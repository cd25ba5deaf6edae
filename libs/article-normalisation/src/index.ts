export { normaliseArticle } from './lib/normalise-article';
export type {
  NormaliseHints,
  NormaliseInput,
  NormaliseOptions,
  NormaliseResult,
  NormalisedArticle,
  RejectionReason,
} from './lib/normalise-article.types';
export { removeBoilerplate, type CleanedText, type RemovedKind, type RemovedLine, type BoilerplateOptions } from './lib/text/boilerplate-remover';
export { classifyBoilerplateLine, findDateline, type BoilerplateKind } from './lib/text/boilerplate-line-classifier';
export { parseArabicDate, parseMetadataDate, type ParsedDate } from './lib/dates/arabic-date-parser';
export { sniffBinary } from './lib/decoding/binary-sniffer';
export { detectLanguage, type LanguageGuess } from './lib/language/language-detector';
export { extractHtmlArticle, type HtmlArticle, type PageMetadata } from './lib/html/html-article-extractor';
export { detectInputFormat, type InputFormat } from './lib/input-format';
export { readJsonEnvelope, type JsonEnvelope } from './lib/json-envelope';
export {
  minhashFingerprintOfKeys,
  fingerprintSimilarity,
  fingerprintBandKeys,
  parseFingerprint,
  MINHASH_SIZE,
  MINHASH_BANDS,
} from './lib/near-duplicate/minhash-fingerprint';
export { decideDuplicates } from './lib/near-duplicate/decide-duplicates';
export { NearDuplicateIndex, type DuplicateMatch, type NearDuplicateIndexOptions } from './lib/near-duplicate/near-duplicate-index';
export { textWithTitle } from './lib/text-with-title';
