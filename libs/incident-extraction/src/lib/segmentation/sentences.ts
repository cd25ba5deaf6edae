import { splitSentences, type TextSpan } from '@raseed/arabic-text';

// Sentences with offsets. On top of the shared splitter, a full stop glued to the next
// Arabic word ("منذ أيام.وقال") also ends a sentence: scraped articles often lose the space.
const GLUED = /[.!?\u061F](?=["'«“(]?[\u0621-\u064A])/g;
// "20 فروردين 1397 هـ.ش الموافق 9 نيسان": a word of one letter (and tatweel) before the stop is an abbreviation.
const ABBREVIATION = /(^|[\s.])[\u0621-\u064A]\u0640*$/;

export function sentencesOf(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of joinBrokenLines(text, joinEllipses(text, splitSentences(text)))) {
    let from = 0;
    for (const m of s.text.matchAll(GLUED)) {
      if (ABBREVIATION.test(s.text.slice(0, m.index))) continue;
      const cut = (m.index ?? 0) + 1;
      push(s, from, cut, out);
      from = cut;
    }
    push(s, from, s.text.length, out);
  }
  return out;
}

function push(s: TextSpan, a: number, b: number, out: TextSpan[]): void {
  while (a < b && /\s/.test(s.text[a])) a++;
  while (b > a && /\s/.test(s.text[b - 1])) b--;
  if (b > a) out.push({ text: s.text.slice(a, b), start: s.start + a, end: s.start + b });
}

// An ellipsis inside a quotation ("ضربت طائرة بدون طيار... منشأة") does not end the sentence.
function joinEllipses(text: string, spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && /(\.\.|…)["'»”]?$/.test(prev.text) && text.slice(prev.end, s.start).indexOf('\n') < 0) {
      out[out.length - 1] = { text: text.slice(prev.start, s.end), start: prev.start, end: s.end };
    } else out.push(s);
  }
  return out;
}

// A line that breaks inside a phrase ("… على حقل\nالعُمَر النفطي"), after a preposition, a
// conjunction or a place noun that needs its name, continues on the next line.
const OPEN_END = /(^|\s)(في|على|علي|من|إلى|الى|عن|و|أو|او|قرب|بالقرب|حقل|قاعدة|قاعده|مطار|مدينة|مدينه|بلدة|بلده|منطقة|منطقه|محافظة|محافظه|ريف|ناحية|ناحيه|قضاء|معسكر|مقر)$/;
function joinBrokenLines(text: string, spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    if (prev && /^[ \t]*\r?\n[ \t]*$/.test(gap) && OPEN_END.test(prev.text)) {
      out[out.length - 1] = { text: text.slice(prev.start, s.end), start: prev.start, end: s.end };
    } else out.push(s);
  }
  return out;
}
