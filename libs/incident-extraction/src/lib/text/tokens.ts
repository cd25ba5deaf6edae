// One-pass tokeniser producing the same search keys as normaliseArabic (diacritics,
// tatweel, alef/yeh/hamza folding, taa marbuta → haa, Eastern digits → ASCII), but
// char by char: extraction tokenises every article, and per-token regex chains are
// the dominant cost at thousands of articles per second.

export interface KeyToken {
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** Search key (normaliseArabic-compatible). */
  norm: string;
  /** Keys with clitics (و ف ب ل ك ال …) peeled off, the key itself first. */
  keys: string[];
  /** Written with tanween (ً ٌ ٍ): an indefinite common noun ("درعاً" a shield), never a place's name. */
  indefinite?: true;
  /** Joined by a hyphen to the token before it ("إف-16"). */
  hyphenated?: true;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const FOLD = new Map<number, string>([
  [0x0622, 'ا'],
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0671, 'ا'],
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0649, 'ي'],
  [0x06cc, 'ي'],
  [0x06d0, 'ي'],
  [0x06d2, 'ي'],
  [0x0626, 'ي'],
  [0x06a9, 'ك'],
  [0x0624, 'و'],
  [0x06c0, 'ه'],
  [0x0629, 'ه'],
]);

function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x00ad ||
    (c >= 0x200b && c <= 0x200f)
  );
}

const OTHER_WORD = /[\p{L}\p{M}\p{Nd}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation and signs are not part of words.
    return !(c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0x060d);
  }
  if (isDropped(c)) return true;
  return OTHER_WORD.test(ch);
}

function foldChar(c: number, ch: string): string {
  if (isDropped(c)) return '';
  const f = FOLD.get(c);
  if (f !== undefined) return f;
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  return ch;
}

/** Search key of one word (same folding as the tokeniser). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += foldChar(word.charCodeAt(i), word[i]);
  return out;
}

// Proclitic chains, longest first. "لل" is ل + ال with the alef dropped.
const PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 2;

/**
 * Candidate keys of a word with proclitics peeled off: "وبالصواريخ" → [وبالصواريخ,
 * صواريخ, …]. Patterns are stored without the article, so both "الحسكة" and "بالحسكة"
 * meet the pattern "حسكه". The bare key always stays first so words that merely begin
 * with a clitic letter (بغداد) still match themselves.
 */
export function cliticKeys(norm: string): string[] {
  const keys = [norm];
  for (const p of PREFIXES) {
    if (norm.length - p.length < MIN_STEM || !norm.startsWith(p)) continue;
    let rest = norm.slice(p.length);
    if (p === 'لل' || p === 'ولل' || p === 'فلل') {
      // لل + X is ل + ال + X; a stem starting with ل (للقاء) keeps both readings.
      if (!keys.includes(rest)) keys.push(rest);
      continue;
    }
    if (!keys.includes(rest)) keys.push(rest);
    if (rest.startsWith('ال') && rest.length - 2 >= MIN_STEM) {
      rest = rest.slice(2);
      if (!keys.includes(rest)) keys.push(rest);
    }
  }
  return keys;
}

/** Strip a leading article from a pattern word so patterns and peeled text keys meet. */
export function patternKey(word: string): string {
  const k = foldWord(word);
  return k.startsWith('ال') && k.length - 2 >= MIN_STEM + 1 ? k.slice(2) : k;
}

// Lookup table for the Arabic block and ASCII: -1 = not a word char, 0 = dropped mark,
// otherwise the folded code unit. Other characters go through the slow path.
const TABLE = new Int32Array(0x0700).fill(-1);
for (let c = 0; c < 0x0700; c++) {
  const ch = String.fromCharCode(c);
  if (!isWordChar(c, ch)) continue;
  const f = foldChar(c, ch);
  TABLE[c] = f === '' ? 0 : f.charCodeAt(0);
}

export function keyTokens(text: string): KeyToken[] {
  const out: KeyToken[] = [];
  let start = -1;
  let buf: number[] = [];
  let tanween = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let code = -1;
    let slow: string | null = null;
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x0700) code = TABLE[c];
      else if (isWordChar(c, text[i])) {
        slow = foldChar(c, text[i]);
        code = 0;
      }
    }
    if (code >= 0) {
      if (start < 0) {
        start = i;
        buf = [];
        tanween = false;
      }
      const c = text.charCodeAt(i);
      if (c >= 0x064b && c <= 0x064d) tanween = true;
      if (slow !== null) for (let k = 0; k < slow.length; k++) buf.push(slow.charCodeAt(k));
      else if (code > 0) buf.push(code);
    } else if (start >= 0) {
      if (buf.length > 0) {
        const norm = String.fromCharCode(...buf);
        const token: KeyToken = tanween ? { start, end: i, norm, keys: cliticKeys(norm), indefinite: true } : { start, end: i, norm, keys: cliticKeys(norm) };
        if (start > 1 && HYPHENS.has(text[start - 1]) && out.length > 0 && out[out.length - 1].end === start - 1) token.hyphenated = true;
        out.push(token);
      }
      start = -1;
    }
  }
  return out;
}

/** A word matching `word` (a leading "و" dropped) among the `reach` tokens before `at`, none before `from`. */
export function wordBefore(tokens: KeyToken[], at: number, from: number, reach: number, word: RegExp): boolean {
  for (let k = at - 1; k >= Math.max(from, at - reach); k--) if (word.test(tokens[k].norm.replace(/^و/, ''))) return true;
  return false;
}
