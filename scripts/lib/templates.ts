/**
 * Templates for `npm run new`: every field of each collection's facts with a
 * comment, and prose in both languages. `tests/unit/new-entry.test.ts` checks
 * that each template lists exactly the fields of its schema.
 */
import { SCAFFOLD_TEXT } from '../../src/lib/drafts.ts';
import type { CollectionName, Lang } from '../../src/core/vocabulary.ts';

type Ids = Record<CollectionName, string | undefined>;

const need = (ids: Ids, ...names: CollectionName[]): string | null => {
  const missing = names.filter((name) => !ids[name]);
  return missing.length
    ? `Create an entry in ${missing.map((m) => `src/content/${m}/`).join(' and ')} first: this template refers to one.`
    : null;
};

const TEMPLATES: Record<CollectionName, { needs: CollectionName[]; text: (ids: Ids) => string }> = {
  events: {
    needs: ['sources'],
    text: (ids) => `# An event: something that happened on a date (launch, signing, opening, award…).
# Every reference below is an example: replace it with the right id (a folder name).

# One of: launch, signing, opening, award, ranking, plan, training, result
kind: launch
# EDTF at the precision the source gives: 2020-10-05, 2022-04, 2021, or unknown when the source gives no date.
date: unknown
# For a month-precise date only: early (days 1–10), mid (11–20) or late (21–end). Delete the line otherwise.
# datePart: late
# The partnership this event belongs to (id in src/content/partnerships/). Delete the line if none.
# partnership: ${ids.partnerships ?? 'partnership-id'}
# Organisations taking part (ids in src/content/organizations/).
organizations: []
# Places it happened in or concerns (ids in src/content/places/).
places: []
# People who took part or spoke (ids in src/content/people/).
people: []
# Policy documents it implements or mentions (ids in src/content/documents/).
documents: []
# Themes it touches (ids in src/content/themes/).
themes: []
# Numbers the source reports, each with its date and source. Example:
# - value: 847
#   unit: count        # count, percent or m2
#   label: { vi: dịch vụ công trực tuyến, en: online public services }
#   date: 2019
#   source: ${ids.sources}
#   quote: có 847 dịch vụ công trực tuyến   # the source's words that state it, at most 20 words
#   translation: 847 online public services
figures: []
# Sources that report it: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Evidence: for each claim above, an excerpt of a listed source that supports it (see "How we source").
# Example:
# - supports: [kind, date, organizations.some-id]   # a field, or field.id for one value of a list
#   source: ${ids.sources}
#   quote: Sáng 31-7, tại Đà Nẵng, …   # verbatim from the source, at most 20 words
#   translation: On the morning of 31 July, in Đà Nẵng, …   # the site's translation into the other language
#   inferred: { vi: …, en: … }   # only when the claim is your inference: say why (dates with ? need it)
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  partnerships: {
    needs: ['organizations', 'places', 'sources'],
    text: (ids) => `# A partnership: an agreement, memorandum, programme or project.
# Every reference below is an example: replace it with the right id (a folder name).

# One of: programme, memorandum, agreement, project
kind: memorandum
# Technology companies or their branches (ids in src/content/organizations/).
partners: [${ids.organizations}]
# The local side: people's committees, departments… (ids in src/content/organizations/).
counterparts: [${ids.organizations}]
# Localities covered (ids in src/content/places/).
localities: [${ids.places}]
# EDTF period: 2021/2025, 2020-10-05/.. (no end stated), or unknown.
period: unknown
# One of: launched, signed, under-way, completed, not-stated (as last reported by the sources).
status: not-stated
# Themes or pillars it covers (ids in src/content/themes/).
themes: []
# People who signed or spoke for it (ids in src/content/people/).
people: []
# Policy documents it serves (ids in src/content/documents/).
documents: []
# Numbers the sources report about it (see the event template for the shape).
figures: []
# Sources that report it: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Evidence: for each claim above, an excerpt of a listed source that supports it (see "How we source").
# Example:
# - supports: [kind, date, organizations.some-id]   # a field, or field.id for one value of a list
#   source: ${ids.sources}
#   quote: Sáng 31-7, tại Đà Nẵng, …   # verbatim from the source, at most 20 words
#   translation: On the morning of 31 July, in Đà Nẵng, …   # the site's translation into the other language
#   inferred: { vi: …, en: … }   # only when the claim is your inference: say why (dates with ? need it)
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  organizations: {
    needs: ['sources'],
    text: (ids) => `# A company, branch, programme or public body.

# One of: company, branch, programme, government, department, party, association
kind: company
# Short name or acronym used in both languages. Delete the line if none.
# acronym: VNPT
# The organisation it belongs to (a branch's company). Delete the line if none.
# parent: ${ids.organizations ?? 'organization-id'}
# Where it sits or what it governs (ids in src/content/places/).
places: []
# Sources that mention it: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Evidence: for each claim above, an excerpt of a listed source that supports it (see "How we source").
# Example:
# - supports: [kind, date, organizations.some-id]   # a field, or field.id for one value of a list
#   source: ${ids.sources}
#   quote: Sáng 31-7, tại Đà Nẵng, …   # verbatim from the source, at most 20 words
#   translation: On the morning of 31 July, in Đà Nẵng, …   # the site's translation into the other language
#   inferred: { vi: …, en: … }   # only when the claim is your inference: say why (dates with ? need it)
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  places: {
    needs: ['places', 'sources'],
    text: (ids) => `# An administrative unit, with the name in use at the time of the events.

# One of: country, province, municipality (centrally governed city), city, district, urban-district, commune
level: district
# The unit it belongs to (id in src/content/places/), only when a source says so; otherwise delete the line.
parent: ${ids.places}
# Numbers the sources report about the place (see the event template for the shape).
figures: []
# Sources that mention it: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Evidence: for each claim above, an excerpt of a listed source that supports it (see "How we source").
# Example:
# - supports: [kind, date, organizations.some-id]   # a field, or field.id for one value of a list
#   source: ${ids.sources}
#   quote: Sáng 31-7, tại Đà Nẵng, …   # verbatim from the source, at most 20 words
#   translation: On the morning of 31 July, in Đà Nẵng, …   # the site's translation into the other language
#   inferred: { vi: …, en: … }   # only when the claim is your inference: say why (dates with ? need it)
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  people: {
    needs: ['organizations', 'sources'],
    text: (ids) => `# A person named in the sources, with the role they held at the time.

roles:
  # Position in each language, the organisation, when the source shows it (EDTF or unknown) and that source.
  - title:
      vi: Chủ tịch
      en: Chairman
    organization: ${ids.organizations}
    date: unknown
    source: ${ids.sources}
    # The source's words that show the role, at most 20 words, and the site's translation.
    quote: Chủ tịch UBND …
    translation: Chairman of the People's Committee …
# Sources that mention the person: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  documents: {
    needs: ['sources'],
    text: (ids) => `# A resolution, decision, plan, project or assessment framework.

# One of: resolution, decision, plan, project, framework
kind: decision
# Official number as cited, e.g. 06/QĐ-TTg. Delete the line if not given.
# number: 06/QĐ-TTg
# Who issued it (id in src/content/organizations/), when a source says. Delete the line otherwise.
# issuer: ${ids.organizations ?? 'organization-id'}
# Date of issue (EDTF) or unknown.
date: unknown
# Period the document covers, e.g. 2022/2025. Delete the line if not stated.
# period: 2022/2025
# Places it concerns (ids in src/content/places/).
places: []
# Sources that mention it: at least one id from src/content/sources/.
sources: [${ids.sources}]
# Evidence: for each claim above, an excerpt of a listed source that supports it (see "How we source").
# Example:
# - supports: [kind, date, organizations.some-id]   # a field, or field.id for one value of a list
#   source: ${ids.sources}
#   quote: Sáng 31-7, tại Đà Nẵng, …   # verbatim from the source, at most 20 words
#   translation: On the morning of 31 July, in Đà Nẵng, …   # the site's translation into the other language
#   inferred: { vi: …, en: … }   # only when the claim is your inference: say why (dates with ? need it)
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  themes: {
    needs: [],
    text: () => `# A theme or pillar. Themes are a taxonomy and cite no source.

# Position in theme lists (lower first).
order: 100
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
  sources: {
    needs: [],
    text: () => `# A cited text. Give only what the text itself shows.

# The headline as published, in the text's own language. Delete the line if the text has none.
# headline: Tiêu đề bài báo
# Publisher as the text names it. Delete the line if not shown.
# publisher: VietNamNet
# Author or byline as printed. Delete the line if not shown.
# author: H. Dũng
# Publication date at the precision the text shows (EDTF), or unknown.
published: unknown
# Language of the text: vi or en.
language: vi
# Address of the original, only when known; never guessed. Delete the line otherwise.
# url: https://example.org/article
# File name of the text in the archive of source texts.
archiveFile: 000_new-source.txt
# news (a report) or reference (a text cited only for knowledge the reports do not give, such as which
# province a city belongs to; never write such knowledge from memory).
type: news
# When the text prints its date: the words that show it (see the event template for the shape).
evidence: []
# Reviewed, intended differences between vi.mdx and en.mdx that the parity check would report. Rarely needed.
# Example: - { check: numbers, value: "5", reason: … }   # check: sources, numbers or quotations
parityExceptions: []
`,
  },
};

/** Every new entry starts as a draft: checked, listed for editors, not published. */
const DRAFT_LINE = `# A draft is checked like any entry but not published. Delete this line when the entry is ready.
draft: true
`;

/** The facts.yaml of a new entry, or an error when the template needs ids that do not exist yet. */
export function factsTemplate(collection: CollectionName, ids: Ids): string | { error: string } {
  const template = TEMPLATES[collection];
  const missing = need(ids, ...template.needs);
  return missing ? { error: missing } : `${DRAFT_LINE}${template.text(ids)}`;
}

/** The prose file of a new entry in one language: placeholders the check refuses once the entry is published. */
export function proseTemplate(lang: Lang, sourceId: string | undefined): string {
  const cite = sourceId ? ` <Cite source="${sourceId}" />` : '';
  const text = SCAFFOLD_TEXT[lang];
  return lang === 'vi'
    ? `---\n# Tiêu đề trang (tên riêng với tổ chức, địa phương, nhân vật; tít kiểu tin với sự kiện, hợp tác).\ntitle: ${text.title}\n# Một hai câu bằng lời của bạn, dùng trong danh sách, kết quả tìm kiếm và mô tả trang.\nsummary: ${text.summary}\n# shortTitle: Tên ngắn cho dòng thời gian và bảng (tối đa 70 ký tự)\n---\n\n${text.body}${cite}\n`
    : `---\n# Page title (the name for organisations, places, people; a news-style headline for events and partnerships).\ntitle: ${text.title}\n# One or two sentences in your own words, used in lists, search results and page descriptions.\nsummary: ${text.summary}\n# shortTitle: Short name for timelines and tables (70 characters at most)\n---\n\n${text.body}${cite}\n`;
}
