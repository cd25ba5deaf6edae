// Rounding and F1 as the shared scorer reports them (three decimals, F1 from unrounded P and R).

export const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function prf(precision: number, recall: number): { precision: number; recall: number; f1: number } {
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
