import { arabicLetterRatio } from '@raseed/arabic-text';

// An Arabic article may carry a long caption, a tweet or a credit in another language; as a
// whole it can then fall under the Arabic-letter threshold. Its Arabic paragraphs are the article.

// Enough Arabic for an article body (a headline alone is not one): two or three sentences.
export const MIN_ARABIC_BODY_LETTERS = 150;
const ARABIC_PARAGRAPH_RATIO = 0.5;

export interface ArabicParagraphs {
  /** Indexes of the paragraphs that are mostly Arabic. */
  arabic: number[];
  /** Indexes of the others. */
  foreign: number[];
  /** Arabic letters in the Arabic paragraphs. */
  arabicLetters: number;
}

export function arabicParagraphs(paragraphs: string[]): ArabicParagraphs {
  const arabic: number[] = [];
  const foreign: number[] = [];
  let arabicLetters = 0;
  paragraphs.forEach((p, i) => {
    if (arabicLetterRatio(p) >= ARABIC_PARAGRAPH_RATIO) {
      arabic.push(i);
      arabicLetters += (p.match(/[\u0621-\u064A]/g) ?? []).length;
    } else foreign.push(i);
  });
  return { arabic, foreign, arabicLetters };
}
