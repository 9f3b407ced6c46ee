/**
 * Synthetic content for benchmarks: a valid bilingual tree of N entries with
 * the shape of the real record (references between collections, figures,
 * citations, every date precision including undated). The text is plausible
 * Vietnamese and English built from templates; it is never published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsOf } from '../../src/lib/evidence.ts';
import { parseStrictYaml } from '../../src/lib/yaml.ts';
import type { CollectionName } from '../../src/core/vocabulary.ts';

const QUOTE = 'quote: "Hai bên thống nhất triển khai các nội dung về chuyển đổi số"';
const TRANSLATION = 'translation: "The two sides agreed to work on digital transformation"';

/**
 * The facts with their evidence, as an editor writes it: figures and roles carry their
 * excerpt inline, every other claim is supported by one excerpt of the entry's first source.
 */
export function withEvidence(collection: CollectionName, id: string, facts: string): string {
  const inline = facts.replace(/^( {4})source: (\S+)\n/gm, `$1source: $2\n$1${QUOTE}\n$1${TRANSLATION}\n`);
  const parsed = parseStrictYaml(inline) as Record<string, unknown>;
  const claims = claimsOf(collection, parsed)
    .filter((claim) => !claim.inline && !claim.notStated)
    .map((claim) => claim.key);
  if (claims.length === 0) return inline;
  const source = collection === 'sources' ? id : ((parsed['sources'] as string[] | undefined)?.[0] ?? '');
  return `${inline}evidence:\n  - supports: [${claims.join(', ')}]\n    source: ${source}\n    ${QUOTE}\n    ${TRANSLATION}\n`;
}

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Đà Nẵng',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Bình Định',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Nghệ An',
  'Hà Tĩnh',
  'Thanh Hóa',
  'Ninh Bình',
  'Hải Phòng',
  'Quảng Ninh',
  'Bắc Giang',
  'Thái Nguyên',
  'Cần Thơ',
  'An Giang',
  'Kiên Giang',
  'Đồng Tháp',
  'Bến Tre',
  'Vĩnh Long',
  'Sóc Trăng',
  'Bình Dương',
  'Đồng Nai',
  'Tây Ninh',
  'Long An',
  'Tiền Giang',
  'Quảng Ngãi',
  'Phú Yên',
  'Gia Lai',
];
const DISTRICT_WORDS = [
  'Hòa',
  'Thanh',
  'Hải',
  'Cẩm',
  'Sơn',
  'Ngũ',
  'Liên',
  'Tam',
  'Phú',
  'Tân',
  'Bình',
  'Vĩnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
];
const DISTRICT_TAILS = [
  'Vang',
  'Khê',
  'Châu',
  'Lệ',
  'Trà',
  'Hành',
  'Chiểu',
  'Kỳ',
  'Lộc',
  'Phước',
  'Thủy',
  'Hưng',
  'An',
  'Xuân',
  'Mỹ',
  'Đức',
];
const COMPANIES = ['Viettel', 'VNPT', 'FPT', 'MobiFone', 'CMC', 'Facebook', 'Misa', 'BKAV', 'VNG', 'Zalo'];
const THEMES_VI = [
  'Hạ tầng số',
  'Dữ liệu và nền tảng số',
  'Chính quyền số',
  'Kinh tế số',
  'Xã hội số',
  'Kỹ năng số',
  'Ứng phó thiên tai',
  'Đổi mới sáng tạo',
  'Thành phố thông minh',
  'Trung tâm điều hành thông minh',
  'Truyền thông số',
];
const THEMES_EN = [
  'Digital infrastructure',
  'Data and platforms',
  'Digital government',
  'Digital economy',
  'Digital society',
  'Digital skills',
  'Disaster response',
  'Innovation',
  'Smart city',
  'Operations centres',
  'Digital communication',
];
const VI_SENTENCES = [
  'Hai bên thống nhất triển khai các nội dung về chuyển đổi số, xây dựng chính quyền điện tử và phát triển dịch vụ công trực tuyến cho người dân',
  'Chương trình tập trung vào đào tạo kỹ năng số cho cán bộ, công chức và hỗ trợ doanh nghiệp nhỏ ứng dụng nền tảng số trong kinh doanh',
  'Lãnh đạo địa phương đánh giá việc hợp tác là bước đi cần thiết trên hành trình xây dựng thành phố thông minh và đáng sống',
  'Trung tâm điều hành thông minh giúp trực quan hóa số liệu, theo dõi tình hình và hỗ trợ ra quyết định nhanh hơn',
  'Các tổ công nghệ số cộng đồng hướng dẫn người dân tạo tài khoản dịch vụ công và thanh toán không dùng tiền mặt',
];
const EN_SENTENCES = [
  'The two sides agreed to work on digital transformation, e-government and online public services for residents',
  'The programme focuses on digital skills for officials and on helping small businesses use digital platforms',
  'Local leaders described the partnership as a necessary step towards a smart and liveable city',
  'The intelligent operations centre presents data visually, tracks the situation and supports faster decisions',
  'Community digital technology teams help residents open public-service accounts and pay without cash',
];

export interface SyntheticCounts {
  sources: number;
  themes: number;
  places: number;
  organizations: number;
  people: number;
  documents: number;
  partnerships: number;
  events: number;
}

/**
 * The fewest entries a valid tree can have: one of each collection, except two places (the
 * country and a province) and two organizations (a company and a government).
 */
export const MIN_SYNTHETIC_ENTRIES = 10;

/**
 * How N entries split across collections, in the proportions of the real record. Every
 * collection keeps the minimum a valid tree needs, so every size from
 * {@link MIN_SYNTHETIC_ENTRIES} up sums to N; from about 100 entries up, the split (and so
 * the generated tree) is the one earlier benchmarks measured.
 */
export function countsFor(total: number): SyntheticCounts {
  if (!Number.isInteger(total) || total < MIN_SYNTHETIC_ENTRIES)
    throw new RangeError(`a synthetic tree needs at least ${MIN_SYNTHETIC_ENTRIES} entries, not ${total}`);
  const themes = Math.min(11, Math.max(1, Math.round(total * 0.11)));
  const rest = total - themes;
  const share = (f: number, least = 1) => Math.max(least, Math.round(rest * f));
  const counts = {
    sources: share(0.08),
    themes,
    places: share(0.1, 2),
    organizations: share(0.12, 2),
    people: share(0.1),
    documents: share(0.07),
    partnerships: share(0.15),
    events: 0,
  };
  counts.events = total - Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

const yamlList = (ids: string[]) => `[${ids.join(', ')}]`;

/** Writes a valid content tree of `total` entries into `root`; returns the counts. */
export function writeSyntheticContent(root: string, total: number, seed = 1): SyntheticCounts {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const some = (prefix: string, count: number, n: number) => [
    ...new Set(Array.from({ length: n }, () => `${prefix}-${Math.floor(rand() * count)}`)),
  ];
  const counts = countsFor(total);
  const write = (
    collection: string,
    id: string,
    facts: string,
    vi: [string, string, string],
    en: [string, string, string],
  ) => {
    const dir = join(root, collection, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'facts.yaml'), withEvidence(collection as CollectionName, id, facts));
    const prose = ([title, summary, body]: [string, string, string]) => {
      const short = title.length > 70 ? `shortTitle: "${title.slice(0, 66)}…"\n` : '';
      return `---\ntitle: "${title}"\n${short}summary: "${summary}"\n---\n\n${body}\n`;
    };
    writeFileSync(join(dir, 'vi.mdx'), prose(vi));
    writeFileSync(join(dir, 'en.mdx'), prose(en));
  };
  const source = () => `source-${Math.floor(rand() * counts.sources)}`;
  const cite = (id: string) => `<Cite source="${id}" />`;
  const body = (sentences: string[], src: string) =>
    Array.from({ length: 3 }, () => `${pick(sentences)}. ${cite(src)}`).join('\n\n');
  const date = (): { date: string; part?: string } => {
    const year = 2018 + Math.floor(rand() * 6);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const r = rand();
    if (r < 0.45) return { date: `${year}-${month}-${day}` };
    if (r < 0.65) return { date: `${year}-${month}` };
    if (r < 0.8) return { date: `${year}-${month}`, part: pick(['early', 'mid', 'late']) };
    if (r < 0.93) return { date: String(year) };
    return { date: 'unknown' };
  };

  for (let i = 0; i < counts.sources; i += 1) {
    const d = date();
    write(
      'sources',
      `source-${i}`,
      `publisher: Báo Địa phương ${i % 40}\npublished: "${d.date}"\nlanguage: ${i % 5 === 0 ? 'en' : 'vi'}\narchiveFile: ${String(i).padStart(5, '0')}_synthetic.txt\n`,
      [
        `Bản tin số ${i} về chuyển đổi số địa phương`,
        `Bản tin địa phương số ${i} đưa tin về các chương trình hợp tác chuyển đổi số.`,
        `Bản tin tổng hợp các hoạt động. ${cite(`source-${i}`)}`,
      ],
      [
        `Report ${i} on local digital transformation`,
        `Local report number ${i} on digital transformation partnerships.`,
        `A report on the activities. ${cite(`source-${i}`)}`,
      ],
    );
  }
  for (let i = 0; i < counts.themes; i += 1) {
    write(
      'themes',
      `theme-${i}`,
      `order: ${i}\n`,
      [
        THEMES_VI[i] as string,
        `Chủ đề ${THEMES_VI[i]} trong các chương trình hợp tác.`,
        `Định nghĩa ngắn về chủ đề ${THEMES_VI[i]}.`,
      ],
      [
        THEMES_EN[i] as string,
        `The theme ${THEMES_EN[i]} across partnerships.`,
        `A short definition of ${THEMES_EN[i]}.`,
      ],
    );
  }
  // Place 0 is the country; then at least one province (parent: the country), then districts
  // (parent: a province). With a single "province" a district used to take place 1 as its
  // own parent.
  const provinces = Math.min(counts.places, Math.max(2, Math.round(counts.places * 0.2)));
  for (let i = 0; i < counts.places; i += 1) {
    const isProvince = i < provinces;
    const name = isProvince ? `${pick(PROVINCES)} ${i}` : `${pick(DISTRICT_WORDS)} ${pick(DISTRICT_TAILS)} ${i}`;
    const parent =
      i === 0 ? '' : isProvince ? 'parent: place-0\n' : `parent: place-${1 + Math.floor(rand() * (provinces - 1))}\n`;
    const src = source();
    write(
      'places',
      `place-${i}`,
      `level: ${i === 0 ? 'country' : isProvince ? 'province' : 'district'}\n${parent}figures:\n  - value: ${Math.floor(rand() * 2000)}\n    label: { vi: dịch vụ công trực tuyến, en: online public services }\n    date: "${2019 + (i % 5)}"\n    source: ${src}\nsources: [${src}]\n`,
      [
        i === 0 ? 'Việt Nam' : `${isProvince ? 'Tỉnh' : 'Huyện'} ${name}`,
        `${name} trong hồ sơ hợp tác chuyển đổi số với các doanh nghiệp công nghệ.`,
        body(VI_SENTENCES, src),
      ],
      [
        i === 0 ? 'Vietnam' : `${name} ${isProvince ? 'Province' : 'District'}`,
        `${name} in the record of digital partnerships with technology companies.`,
        body(EN_SENTENCES, src),
      ],
    );
  }
  // Companies first, then governments: at least one of each (partnerships and people need both).
  const companies = Math.min(counts.organizations - 1, Math.max(2, Math.round(counts.organizations * 0.3)));
  for (let i = 0; i < counts.organizations; i += 1) {
    const company = i < companies;
    const src = source();
    const facts = company
      ? `kind: company\nacronym: ${pick(COMPANIES)}${i}\nsources: [${src}]\n`
      : `kind: government\nplaces: [place-${Math.floor(rand() * counts.places)}]\nsources: [${src}]\n`;
    write(
      'organizations',
      `org-${i}`,
      facts,
      [
        company ? `Tập đoàn ${pick(COMPANIES)} ${i}` : `Ủy ban nhân dân ${i}`,
        `Tổ chức số ${i} tham gia các chương trình chuyển đổi số.`,
        body(VI_SENTENCES, src),
      ],
      [
        company ? `${pick(COMPANIES)} Group ${i}` : `People's Committee ${i}`,
        `Organisation ${i} taking part in digital transformation programmes.`,
        body(EN_SENTENCES, src),
      ],
    );
  }
  for (let i = 0; i < counts.people; i += 1) {
    const src = source();
    write(
      'people',
      `person-${i}`,
      `roles:\n  - title: { vi: Chủ tịch, en: Chairman }\n    organization: org-${companies + Math.floor(rand() * (counts.organizations - companies))}\n    date: "${2019 + (i % 5)}"\n    source: ${src}\nsources: [${src}]\n`,
      [`Nguyễn Văn ${i}`, `Lãnh đạo địa phương số ${i} được nêu tên trong các bản tin.`, body(VI_SENTENCES, src)],
      [`Nguyễn Văn ${i}`, `Local leader number ${i} named in the reports.`, body(EN_SENTENCES, src)],
    );
  }
  for (let i = 0; i < counts.documents; i += 1) {
    const src = source();
    write(
      'documents',
      `doc-${i}`,
      `kind: plan\nnumber: ${i}/KH-UBND\ndate: "${2019 + (i % 5)}"\nplaces: [place-${Math.floor(rand() * counts.places)}]\nsources: [${src}]\n`,
      [
        `Kế hoạch chuyển đổi số số ${i}`,
        `Kế hoạch số ${i} về chuyển đổi số của một địa phương.`,
        body(VI_SENTENCES, src),
      ],
      [
        `Digital transformation plan ${i}`,
        `Plan number ${i} on a locality's digital transformation.`,
        body(EN_SENTENCES, src),
      ],
    );
  }
  const starts: number[] = [];
  for (let i = 0; i < counts.partnerships; i += 1) {
    const src = source();
    const start = 2018 + Math.floor(rand() * 4);
    starts.push(start);
    write(
      'partnerships',
      `partnership-${i}`,
      `kind: memorandum\npartners: [org-${Math.floor(rand() * companies)}]\ncounterparts: [org-${companies + Math.floor(rand() * (counts.organizations - companies))}]\nlocalities: ${yamlList(some('place', counts.places, 2))}\nperiod: "${start}/${start + 4}"\nstatus: signed\nthemes: ${yamlList(some('theme', counts.themes, 3))}\npeople: ${yamlList(some('person', counts.people, 1))}\nsources: [${src}]\n`,
      [
        `Địa phương ${i} và doanh nghiệp công nghệ ký kết hợp tác chuyển đổi số giai đoạn ${start}–${start + 4}`,
        `Biên bản ghi nhớ số ${i} về hợp tác chuyển đổi số giữa chính quyền địa phương và doanh nghiệp công nghệ.`,
        body(VI_SENTENCES, src),
      ],
      [
        `Locality ${i} and a technology company sign a digital transformation memorandum for ${start}–${start + 4}`,
        `Memorandum ${i} on digital transformation between a local government and a technology company.`,
        body(EN_SENTENCES, src),
      ],
    );
  }
  for (let i = 0; i < counts.events; i += 1) {
    const src = source();
    const d = date();
    // Four in ten events belong to a partnership and are dated inside its period.
    const k = rand() < 0.4 ? Math.floor(rand() * counts.partnerships) : -1;
    if (k >= 0 && d.date !== 'unknown') d.date = `${(starts[k] as number) + Math.floor(rand() * 5)}${d.date.slice(4)}`;
    const partnership = k >= 0 ? `partnership: partnership-${k}\n` : '';
    write(
      'events',
      `event-${i}`,
      `kind: ${pick(['launch', 'signing', 'opening', 'award', 'training'])}\ndate: "${d.date}"\n${d.part ? `datePart: ${d.part}\n` : ''}${partnership}organizations: ${yamlList(some('org', counts.organizations, 2))}\nplaces: ${yamlList(some('place', counts.places, 1))}\nthemes: ${yamlList(some('theme', counts.themes, 2))}\nsources: [${src}]\n`,
      [
        `Sự kiện chuyển đổi số số ${i} tại địa phương`,
        `Sự kiện số ${i}: lễ khởi động, ký kết hoặc khai trương trong một chương trình chuyển đổi số.`,
        body(VI_SENTENCES, src),
      ],
      [
        `Digital transformation event ${i}`,
        `Event ${i}: a launch, signing or opening in a digital transformation programme.`,
        body(EN_SENTENCES, src),
      ],
    );
  }
  return counts;
}
