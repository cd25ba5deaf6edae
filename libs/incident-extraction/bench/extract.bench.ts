// Extraction throughput (articles/s on one core). Runs on built-in articles written for
// the bench; pass a corpus directory (JSON files with text/published_at) to measure it too:
//   node -r ./tools/register.js libs/incident-extraction/bench/extract.bench.ts [corpus-dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractIncidents } from '@raseed/incident-extraction';

interface BenchArticle {
  text: string;
  publishedAt: string | null;
}

const BUILT_IN: BenchArticle[] = [
  {
    publishedAt: '2024-03-15',
    text: [
      'هجوم بطائرتين مسيرتين على قاعدة أمريكية في ريف الحسكة',
      'أعلنت المقاومة الإسلامية في العراق، اليوم الجمعة، أنها استهدفت قاعدة الشدادي الأمريكية جنوبي الحسكة بطائرتين مسيرتين، وأصابت أهدافها بشكل مباشر.',
      'وقالت مصادر محلية إن دوي انفجارات سمع في محيط القاعدة، دون ورود معلومات عن وقوع إصابات.',
      'ويأتي الهجوم بعد ساعات من سقوط ثلاثة صواريخ على القاعدة الأمريكية في حقل العمر النفطي بريف دير الزور الشرقي مساء أمس.',
      'وكانت الولايات المتحدة قد شنت الشهر الماضي غارات على مواقع لميليشيات موالية لإيران في مدينة البوكمال، ما أسفر عن مقتل 12 عنصرا وإصابة آخرين.',
      'وتتعرض القواعد الأمريكية في سوريا والعراق لهجمات متكررة منذ أشهر، بلغ عددها أكثر من 150 هجوما بحسب البنتاغون.',
    ].join('\n'),
  },
  {
    publishedAt: '2024-02-07',
    text: [
      'مقتل قياديين في فصيل مسلح بقصف مسيرة شرقي بغداد',
      'قتل قياديان في أحد الفصائل المسلحة الموالية لإيران وأصيب ثلاثة آخرون، مساء اليوم الأربعاء، إثر قصف بطائرة مسيرة استهدف سيارتهما في منطقة المشتل شرقي العاصمة العراقية بغداد.',
      'وقال مسؤول أمريكي إن القوات الأمريكية نفذت الضربة ردا على الهجوم الذي أدى إلى مقتل ثلاثة جنود أمريكيين في الأردن الشهر الماضي.',
      'وأدانت الحكومة العراقية الضربة واعتبرتها اعتداء على السيادة، فيما توعدت الفصائل بالرد.',
    ].join('\n'),
  },
  {
    publishedAt: '2024-04-01',
    text: [
      'غارة إسرائيلية على مبنى في حي المزة بدمشق',
      'استهدفت غارة جوية إسرائيلية مبنى في حي المزة غربي العاصمة السورية دمشق ظهر اليوم الاثنين، ما أدى إلى مقتل سبعة أشخاص بينهم مستشاران في الحرس الثوري.',
      'وقالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت لعدد من الصواريخ، وإن فرق الإسعاف نقلت الجرحى إلى المستشفيات.',
    ].join('\n'),
  },
  {
    publishedAt: '2024-05-02',
    text: 'افتتح وزير الاقتصاد اليوم معرضا للصناعات الغذائية في دمشق بمشاركة أكثر من مئتي شركة محلية وعربية، وقال إن المعرض يهدف إلى تنشيط التصدير وفتح أسواق جديدة أمام المنتجين.',
  },
];

function loadCorpus(dir: string): BenchArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
    .map((a) => ({ text: String(a.text ?? ''), publishedAt: a.published_at ?? null }));
}

function measure(label: string, articles: BenchArticle[], minMs = 3000): void {
  for (let k = 0; k < 3; k++) for (const a of articles) extractIncidents(a); // warm-up: JIT, lexicon compilation
  // Each article is timed alone, many times; its fastest run is its cost on an idle core
  // (a shared machine preempts some runs). Per-core rate = articles / sum of those costs.
  // The plain mean over the whole run is reported beside it.
  const fastest = new Array<number>(articles.length).fill(Infinity);
  let n = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < articles.length; i++) {
      const a0 = process.hrtime.bigint();
      extractIncidents(articles[i]);
      const ns = Number(process.hrtime.bigint() - a0);
      if (ns < fastest[i]) fastest[i] = ns;
      chars += articles[i].text.length;
    }
    n += articles.length;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const perCore = articles.length / (fastest.reduce((x, y) => x + y, 0) / 1e9);
  const mean = (n / elapsed) * 1000;
  console.log(`${label}: ${Math.round(perCore)} articles/s per core (fastest run of each article), ${Math.round(mean)} articles/s mean over ${n} runs (${Math.round(chars / n)} chars avg)`);
}

measure('built-in articles', BUILT_IN);
const dir = process.argv[2];
if (dir) measure(`corpus ${dir}`, loadCorpus(dir));
