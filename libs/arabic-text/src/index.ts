export { toWesternDigits, toAsciiNumberPunctuation, unifyQuotes } from './lib/characters';
export { cleanDisplayText, normaliseArabic, type SearchKeyOptions } from './lib/normalise';
export { splitSentences, splitClauses, type TextSpan } from './lib/sentences';
export { tokenize, arabicLetterRatio, type Token } from './lib/tokens';
