import type { PlaceKind } from './places.data';
import { foldWord } from '../text/tokens';

// Spelling variants news text uses for one name, derived from each listed spelling so the
// data lists only genuinely different names. Hamza seats, taa marbuta / haa, alif maqsura /
// yaa, diacritics and clitics are already folded by the tokeniser; what it cannot fold is
// here: compounds written joined or apart ("تلعفر" / "تل عفر", "البوكمال" / "البو كمال"),
// the final hamza dropped ("كربلا"), and the ways an oil or gas field is named.

// First words of compound names that writers join to the next word or keep apart.
const JOINABLE = /^(تل|كفر|دير|البو|ابو|أبو)$/;
const JOINED = /^(تل|كفر|البو)(\S{3,})$/;
const FIELD = /^(حقل|حقول)\s+(.+)$/;
const SETTLEMENT = new Set<PlaceKind>(['town', 'village', 'neighbourhood']);
// (Matched on the folded spelling: "المهمة" is "المهمه".)
const MISSION_SUPPORT_TITLES = ['موقع دعم المهمة', 'موقع دعم مهمة', 'موقع الدعم', 'موقع دعم', 'قاعدة دعم المهمة'];
const MISSION_SUPPORT = /^(موقع دعم المهمه|موقع دعم مهمه|موقع دعم المهمات|موقع الدعم)\s+(.+)$/;

/** Other spellings of `name` (not including it), for a place of the given kind. */
export function spellingVariants(name: string, kind: PlaceKind): string[] {
  const out = new Set<string>();
  const words = name.trim().split(/\s+/);
  // "تل عفر" → "تلعفر", "دير الزور" → "ديرالزور", "البو كمال" → "البوكمال".
  if (words.length >= 2 && JOINABLE.test(words[0])) out.add([words[0] + words[1], ...words.slice(2)].join(' '));
  // "تلعفر" → "تل عفر", "كفرسوسة" → "كفر سوسة", "البوكمال" → "البو كمال".
  const j = JOINED.exec(words[0]);
  if (j) out.add([j[1], j[2], ...words.slice(1)].join(' '));
  // "كربلاء" → "كربلا", "سامراء" → "سامرا" (long words only: "ماء" stays).
  if (words.some((w) => /..اء$/.test(w) && w.length >= 5)) out.add(words.map((w) => (/..اء$/.test(w) && w.length >= 5 ? w.slice(0, -1) : w)).join(' '));
  // "حقل العمر" → "حقل نفط العمر", "حقل العمر النفطي"; a gas field "حقل غاز كونيكو".
  const f = kind === 'oilfield' ? FIELD.exec(name.trim()) : null;
  if (f && !/^(نفط|غاز|ال?نفطي|ال?غازي)\b/.test(f[2]) && f[2].split(/\s+/).length === 1) {
    out.add(`حقل نفط ${f[2]}`);
    out.add(`حقل غاز ${f[2]}`);
    out.add(`حقل ${f[2]} النفطي`);
    out.add(`حقل ${f[2]} الغازي`);
  }
  // "موقع دعم المهمة الفرات" → "موقع الدعم الفرات"، "موقع دعم الفرات": a US mission support site, however its title is
  // rendered.
  const mss = MISSION_SUPPORT.exec(words.map(foldWord).join(' '));
  if (mss) for (const title of MISSION_SUPPORT_TITLES) out.add(`${title} ${words.slice(mss[1].split(' ').length).join(' ')}`);
  // "عكاشات" → "العكاشات", "السعيدات" → "سعيدات": a plural-form village name is written with or without the article.
  if (words.length === 1 && SETTLEMENT.has(kind) && /ات$/.test(name) && name.length >= 6) out.add(name.startsWith('ال') ? name.slice(2) : `ال${name}`);
  out.delete(name);
  return [...out];
}
