export { toWesternDigits, ARABIC_LETTER } from './lib/characters';
export { cleanDisplayText, normaliseArabic, normaliseArabicWords, decomposePresentationForms, type SearchKeyOptions } from './lib/normalise';
export { splitSentences, splitParagraphs, type TextSpan } from './lib/sentences';
export { ARABIC_MONTH_NAMES } from './lib/month-names';
export { decodeText, type CharsetHints, type CharsetSource, type DecodedText } from './lib/charset';
export { tokenize, arabicLetterRatio, type Token } from './lib/tokens';
export { hijriToIsoDay, HIJRI_MONTH_NAMES, HIJRI_MONTH_BY_KEY } from './lib/hijri-calendar';
