export interface TextSpan {
  text: string;
  /** Offset of the first character in the source string. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// Full stops, ! ? ؟ ؛ and line breaks end a sentence. A full stop between digits
// (12.5) or directly after a single-letter token (U.S., أ.ف.ب, د. محمد, هـ.ش) does not.
// Pages often drop the space after a full stop ("الأردن.وأكد"), so an Arabic letter
// straight after the terminator also ends the sentence.
const SENTENCE_END = /([.!?\u061F\u061B\u06D4]+["'\u00BB\u201D)]*)(?=\s|$|[\u0621-\u064A])|\n+/g;
// ("1397 هـ.ش": the letter may be drawn out with a tatweel.)
const SINGLE_LETTER_BEFORE = /(^|[\s.(])[A-Z\u0621-\u064A]\u0640?$/;

/** Sentences with their offsets in `text`, trimmed, empty ones dropped. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const idx = match.index ?? 0;
    const end = match[0].startsWith('\n') ? idx : idx + match[0].length;
    if (match[0][0] === '.' && SINGLE_LETTER_BEFORE.test(text.slice(Math.max(0, idx - 3), idx))) continue;
    pushTrimmed(text, from, end, spans);
    from = idx + match[0].length;
  }
  pushTrimmed(text, from, text.length, spans);
  return spans;
}

/** Paragraphs: runs of text between line breaks, trimmed, with offsets; blank lines dropped. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  for (const m of text.matchAll(/\r?\n/g)) {
    const at = m.index ?? 0;
    pushTrimmed(text, from, at, out);
    from = at + m[0].length;
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: TextSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
