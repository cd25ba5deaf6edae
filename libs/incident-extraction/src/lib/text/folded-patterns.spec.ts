import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Token patterns are tested against folded text (norm, keys: ؤ→و، ئ→ي، ة→ه، ى→ي، أ/إ/آ→ا): a whole-word
// pattern spelled with an unfolded letter never matches, silently ("مخابئ" never met "مخابي").
// Patterns tested against the raw text are listed by name.
const RAW_TEXT_PATTERNS = new Set(['CARRIED_BY', 'JOINABLE']);
const UNFOLDED = /[ؤئةىأإآ]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('whole-word token patterns are spelled folded', () => {
  const root = join(__dirname, '..');
  const offenders: string[] = [];
  for (const file of sources(root)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:const\s+(\w+)\s*=\s*)?\/\^[^/\n]*?\$\//g)) {
      if (!UNFOLDED.test(m[0]) || RAW_TEXT_PATTERNS.has(m[1] ?? '')) continue;
      offenders.push(`${relative(root, file)}: ${m[0]}`);
    }
  }

  it('finds the patterns it checks', () => {
    expect(sources(root).length).toBeGreaterThan(20);
  });

  it('has none with an unfolded letter', () => {
    expect(offenders).toEqual([]);
  });
});
