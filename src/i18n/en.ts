/**
 * English UI strings. The keys of this object define the dictionary type;
 * `vi.ts` must provide every key (`satisfies`). Placeholders are `{name}`.
 */
import { searchStrings } from './search.ts';
import { timelineStrings } from './timeline.ts';

export const en = {
  ...timelineStrings.en,
  ...searchStrings.en,
  'lang.name': 'English',
  'lang.switch': 'Tiếng Việt',
  'lang.switchLabel': 'Đọc trang này bằng tiếng Việt',

  'site.name': 'Vietnam Digital Partnerships',
  'site.tagline': 'A sourced record of how Vietnamese localities partner with technology companies',
  'site.description':
    'Partnerships between Vietnamese provinces, cities and districts and technology companies for digital transformation and smart cities: who, when, what, with sources.',

  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.partnerships': 'Partnerships',
  'nav.events': 'Events',
  'nav.timeline': 'Timeline',
  'nav.places': 'Places',
  'nav.organizations': 'Organisations',
  'nav.search': 'Search',
  'nav.more': 'More',
  'nav.menu': 'Menu',
  'skip.toContent': 'Skip to content',
  'breadcrumbs.label': 'Breadcrumbs',

  'footer.about': 'About this site',
  'footer.aboutText':
    'An independent, non-commercial record built from published news reports. Every fact links to the report it comes from.',
  'footer.sources': 'Sources',
  'footer.openData': 'Open data',
  'footer.translations': 'Translation status',
  'footer.licence': 'Text and data: CC BY 4.0. Quoted news reports remain the property of their publishers.',
  'footer.rss': 'RSS feed of events',
  'footer.accessibility': 'Accessibility',

  'collection.partnerships': 'Partnerships',
  'collection.events': 'Events',
  'collection.organizations': 'Organisations',
  'collection.places': 'Places',
  'collection.people': 'People',
  'collection.documents': 'Policy documents',
  'collection.themes': 'Themes',
  'collection.sources': 'Sources',
  'collectionOne.partnerships': 'Partnership',
  'collectionOne.events': 'Event',
  'collectionOne.organizations': 'Organisation',
  'collectionOne.places': 'Place',
  'collectionOne.people': 'Person',
  'collectionOne.documents': 'Document',
  'collectionOne.themes': 'Theme',
  'collectionOne.sources': 'Source',

  'page.timeline': 'Timeline',
  'page.search': 'Search',
  'page.matrix': 'Who works with whom',
  'page.openData': 'Open data',
  'page.translations': 'Translation status',
  'page.about': 'About',

  'date.unknown': 'date not stated',
  'date.unknownLong': 'date not stated in the source',
  'date.early': 'early {month}',
  'date.mid': 'mid-{month}',
  'date.late': 'late {month}',
  'date.year': '{year}',
  'date.from': 'from {date}',
  'date.until': 'until {date}',
  'date.range': '{start} – {end}',
  'date.yearUncertain': '{date} (year inferred)',
  'date.uncertain': '{date} (uncertain)',
  'date.approximate': 'about {date}',
  'date.short.day': '{date}',
  'date.short.month': '{month}',
  'date.short.year': '{year} — exact date unknown',
  'precision.day': 'exact day',
  'precision.part': 'part of a month',
  'precision.month': 'month only',
  'precision.year': 'year only',
  'precision.interval': 'period',
  'precision.unknown': 'date not stated',

  'kind.partnerships.programme': 'Programme',
  'kind.partnerships.memorandum': 'Memorandum of understanding',
  'kind.partnerships.agreement': 'Agreement',
  'kind.partnerships.project': 'Project',
  'kind.events.launch': 'Launch',
  'kind.events.signing': 'Signing',
  'kind.events.opening': 'Opening',
  'kind.events.award': 'Award',
  'kind.events.ranking': 'Ranking',
  'kind.events.plan': 'Plan issued',
  'kind.events.training': 'Training',
  'kind.events.result': 'Result',
  'kind.organizations.company': 'Company',
  'kind.organizations.branch': 'Branch',
  'kind.organizations.programme': 'Programme',
  'kind.organizations.government': 'Government body',
  'kind.organizations.department': 'Department',
  'kind.organizations.party': 'Party body',
  'kind.organizations.association': 'Association',
  'kind.places.country': 'Country',
  'kind.places.province': 'Province',
  'kind.places.municipality': 'Centrally governed city',
  'kind.places.city': 'City',
  'kind.places.district': 'Rural district',
  'kind.places.urban-district': 'Urban district',
  'kind.places.commune': 'Commune',
  'kind.documents.resolution': 'Resolution',
  'kind.documents.decision': 'Decision',
  'kind.documents.plan': 'Plan',
  'kind.documents.project': 'Project',
  'kind.documents.framework': 'Assessment framework',
  'status.launched': 'Launched',
  'status.signed': 'Signed',
  'status.under-way': 'Under way',
  'status.completed': 'Completed',
  'status.not-stated': 'Status not stated',
  'language.vi': 'Vietnamese',
  'language.en': 'English',

  'field.kind': 'Type',
  'field.status': 'Status',
  'field.period': 'Period',
  'field.date': 'Date',
  'field.datePrecision': 'Precision',
  'field.partners': 'Technology partners',
  'field.counterparts': 'Local counterparts',
  'field.localities': 'Localities',
  'field.themes': 'Themes',
  'field.people': 'People',
  'field.documents': 'Documents',
  'field.partnership': 'Partnership',
  'field.organizations': 'Organisations',
  'field.places': 'Places',
  'field.acronym': 'Short name',
  'field.parent': 'Part of',
  'field.children': 'Includes',
  'field.level': 'Level',
  'field.roles': 'Roles',
  'field.number': 'Number',
  'field.issuer': 'Issued by',
  'field.headline': 'Headline',
  'field.publisher': 'Publisher',
  'field.author': 'Author',
  'field.published': 'Published',
  'field.language': 'Language',
  'field.url': 'Original',
  'field.archiveFile': 'Archive file',
  'field.notStated': 'not stated',
  'field.roleAt': '{title}, {organization}',

  'entry.facts': 'Key facts',
  'entry.figures': 'Figures',
  'entry.figureAsOf': 'as of',
  'entry.events': 'Events',
  'entry.related': 'Linked in this record',
  'entry.sources': 'Sources',
  'entry.notes': 'Sources and notes',
  'entry.updated': 'Last updated',
  'entry.fallback': 'This page has not been translated into English yet. The text below is the Vietnamese original.',
  'entry.citeLabel': 'Source {n}',
  'entry.quoteTranslation': 'Translation',
  'entry.quoteBy': '{name}, {role}',
  'entry.noEvents': 'No dated events are linked yet.',
  'entry.sourceArchive': 'Held in the project archive as {file}.',
  'entry.howToCite': 'Cite this page',
  'entry.citation': '“{title}”, {site}, {version}, {url} (accessed {date}).',
  'entry.citationUnversioned': '“{title}”, {site}, {url} (accessed {date}).',

  'cite.intro': 'Recommended citation; add the date you read the page:',
  'cite.dataset': '{author}, “{title}” [dataset], {version}, {url} (accessed {date}).',
  'cite.datasetUnversioned': '{author}, “{title}” [dataset], {url} (accessed {date}).',
  'cite.editors': 'Vietnam Digital Partnerships editors',
  'cite.version': 'version of {date}',
  'cite.versionCommit': 'version of {date} ({commit})',
  'cite.accessedDate': '[date]',
  'cite.files': 'Download this citation, followed by those of its sources:',
  'cite.filesLabel': 'Citation files',
  'cite.reports': 'Credit the original reports too:',
  'cite.noHeadline': 'headline not recorded; described in this record as “{title}”',

  'contribute.label': 'Improve this page',
  'contribute.suggest': 'Suggest a correction',
  'contribute.editText': 'Edit this page',
  'contribute.editFacts': 'Edit its facts',
  'contribute.issueTitle': 'Correction: {title}',
  'contribute.issueBody':
    'Page: {url}\nEntry: {entry}\n\nWhat is wrong:\n\n\nWhat it should say:\n\n\nSource for the correction (a link, or the report’s title, publisher and date):\n',

  'index.undated': 'Date not stated in the sources',
  'index.byLocality': 'By locality',
  'index.byPartner': 'By technology partner',
  'index.intro.partnerships':
    'Agreements, memoranda and programmes between Vietnamese localities and technology companies, as reported in the sources.',
  'index.intro.events':
    'Launches, signings, openings, awards and plans, by year. Dates are given only as precisely as the sources give them.',
  'index.intro.organizations': 'Companies, their branches and the public bodies that appear in the record.',
  'index.intro.places': 'Provinces, cities, districts and communes, with the names in use at the time of the events.',
  'index.intro.people': 'People named in the sources, with the role they held at the time.',
  'index.intro.documents': 'Resolutions, decisions, projects and plans that the partnerships refer to.',
  'index.intro.themes': 'The pillars and fields that partnerships and events cover.',
  'index.intro.sources': 'Every fact on this site comes from one of these texts and links back to it.',
  'count.partnerships.one': '{n} partnership',
  'count.partnerships.other': '{n} partnerships',
  'count.events.one': '{n} event',
  'count.events.other': '{n} events',
  'index.jump': 'Jump to',

  'home.title': 'Localities and technology companies',
  'home.lede':
    'Vietnamese provinces, cities and districts sign partnerships with technology companies for digital transformation and smart cities. This site gathers what the news reported about them into one sourced, searchable record, in Vietnamese and English.',
  'home.counts':
    '{partnerships} partnerships and {events} events across {places} places, drawn from {sources} news reports.',
  'home.explore': 'Explore',
  'home.toTimeline': 'See everything on a timeline',
  'home.toTimelineText': 'Partnerships as periods, events as points, with uncertain dates shown as uncertain.',
  'home.toSearch': 'Search the record',
  'home.toSearchText': 'Find a place, a company, a person or a policy, with or without diacritics.',
  'home.toPartnerships': 'Browse the partnerships',
  'home.toPartnershipsText': 'Grouped by locality and by technology partner.',
  'home.toMatrix': 'Who works with whom',
  'home.toMatrixText': 'Technology companies and localities in one table.',
  'home.figures': 'Key figures',
  'home.figureAbout': 'About',
  'home.latest': 'Latest events',
  'home.allEvents': 'All events',
  'home.partnerships': 'Partnerships in the record',

  'matrix.intro':
    'Each cell lists the partnerships between a technology company (including its branches) and a locality (a province or city, including its districts and communes), with the themes they cover.',
  'matrix.caption': 'Partnerships by technology company and locality',
  'matrix.locality': 'Locality',
  'matrix.none': 'No partnership recorded',
  'matrix.themes': 'Themes',

  'openData.intro':
    'The whole record is available as open data, generated at every build from the same files as these pages. Reuse it freely with attribution (CC BY 4.0); quote the original news reports within fair use and credit their publishers.',
  'openData.dataset': 'Complete dataset (JSON)',
  'openData.datasetText':
    'Every entry with its facts, both languages’ titles and summaries, and page addresses. Each claim carries its evidence: objects with the source id (“source”), the excerpt as the source has it (“quote”), and the site’s translation and reasoning when given.',
  'openData.schema': 'JSON Schema of the dataset',
  'openData.csv': 'Tables (CSV), one per collection',
  'openData.csvText': 'UTF-8 with a header row; lists inside a cell are separated by “|”.',
  'openData.calendar': 'Calendar of events dated to the day (iCalendar)',
  'openData.calendarText':
    'Events whose source gives the day, as all-day events; a day marked uncertain or approximate, or whose year is inferred, says so in the title. Events known only to early, mid or late in a month, to the month or to the year, and undated ones, are left out: a calendar can only say that an event runs from one day to another, so it would have to invent a day or stretch a one-day event over weeks. They are in the dataset, the tables and the RSS feed, dated as their sources give them.',
  'openData.calendarDescription':
    'Events whose source gives the day. Events dated only to part of a month, a month or a year are left out; they are in the open data (dataset, CSV, RSS).',
  'openData.timeline': 'Timeline data (JSON)',
  'openData.timelineText': 'The items the timeline page draws, with their ranges and precision.',
  'openData.rss': 'RSS feed of events',
  'openData.rssText':
    'Events in the order they were added to the record, newest first. An item’s publication date is when its entry was added (from the repository’s history); the event’s own date is in the item’s text, as precisely as its source gives it (“Late April 2022”). An entry not yet in the history has no publication date.',
  'openData.licence': 'Licence',
  'openData.licenceText':
    'Data and text written for this site: Creative Commons Attribution 4.0 International (CC BY 4.0). Please credit “Vietnam Digital Partnerships” and link to the page you use.',
  'openData.citeTitle': 'How to cite',
  'openData.citeText': 'Recommended citation of the whole dataset; add the date you accessed it:',
  'openData.citeFiles': 'The same citation as a file:',
  'openData.citeReports':
    'When you use a fact, credit the news report it comes from as well: every entry page offers, under “Cite this page”, its own citation and those of its sources.',
  'openData.citeCff': 'The repository holds the same citation in the Citation File Format:',
  'openData.versionsTitle': 'Versions',
  'openData.versions':
    'The record’s version is the date of the last change to its content and the short id of that commit in the repository. Citations name it, so readers can find the record as you saw it; every earlier version stays in the repository’s history.',
  'openData.versionNow': 'This version: {date}, commit',
  'openData.versionUnknown':
    'This copy of the site was built without the repository’s history, so it names no version.',
  'openData.correctionsTitle': 'Corrections',
  'openData.corrections':
    'When a fact turns out to be wrong, we correct the files and mark the change as a correction in the repository’s history (a “Correction:” line in the commit message), so reusers can see what changed and when, and update what they took from the record. To report an error, use “Suggest a correction” at the foot of any entry page, or open an issue in the repository.',
  'openData.issues': 'Issues in the repository',
  'openData.dates': 'About dates',
  'openData.datesText':
    'Dates are EDTF (ISO 8601-2) strings: 2020-10-05 (a day), 2022-04 (a month), 2021 (a year), 2021/2025 (a period), 2020-10-05/.. (open-ended), a trailing ? for an uncertain value, or “unknown”. A datePart of early, mid or late narrows a month to days 1–10, 11–20 or 21 to the end.',

  'translations.intro':
    'Vietnamese is the source language of this site. An English page is listed as outdated when its Vietnamese text was changed in a later commit than the English one (the rule Lunaria uses); a page is listed as missing when one language has no text, in which case the page shows the other language with a notice.',
  'translations.none': 'Every page is translated and up to date.',
  'translations.entry': 'Page',
  'translations.lang': 'Language',
  'translations.status': 'Status',
  'translations.missing': 'Missing',
  'translations.outdated': 'Outdated',
  'translations.summary': '{missing} missing, {outdated} outdated, out of {total} pages per language.',
  'translations.drafts': 'Drafts',
  'translations.draftsIntro':
    'Entries being written. A draft is checked like every entry but has no page, is not in the data, search or feeds, and is published when an editor deletes the line “draft: true” from its facts file.',
  'translations.draftsNone': 'No drafts at the moment.',
  'translations.draftTitle': 'Working title',
  'translations.draftSection': 'Section',
  'translations.draftFile': 'File',
  'translations.draftUntitled': '(no title yet)',

  'about.intro':
    'Vietnam Digital Partnerships records how Vietnamese localities work with technology companies on digital transformation and smart cities, using only what published news reports say.',
  'about.methodTitle': 'How the record is built',
  'about.method1':
    'Every fact comes from one of the source texts listed under Sources, and each page numbers the sources it relies on. Summaries are written in our own words; quotations are short and attributed.',
  'about.method2':
    'Dates keep the precision of their source. A day is a day; “late April 2022” stays late April; a year stays a year; when a report gives no date, the page says so and the timeline shows the item apart, never at a guessed day.',
  'about.method3':
    'Each page exists in Vietnamese and English. If a translation is missing, the page shows the original with a notice, and the translation status page lists it.',
  'about.contributeTitle': 'Contributing',
  'about.contribute':
    'Entries are plain text files (YAML facts and MDX prose) in a public repository. Corrections and new entries arrive as pull requests, are checked automatically for broken references, invalid dates and missing sources, and are reviewed before publication. The contributor guide explains each step.',
  'about.themesTitle': 'Themes',

  'evidence.heading': 'Evidence for the facts',
  'evidence.intro':
    'Each fact in the key facts and figures rests on these words of a source; the letters next to a fact lead here. Excerpts keep the language of their source.',
  'evidence.supports': 'Supports',
  'evidence.translation': 'Translation by this site',
  'evidence.inferred': 'Inferred',
  'evidence.inferredTag': 'inferred',
  'evidence.label': 'Evidence {letter}',
  'evidence.timelineLink': 'evidence',
  'evidence.figureLabel': 'Evidence for the figure {value} {label}',
  'evidence.timelineLabel': 'Evidence for the date of {title}',

  'page.sourcing': 'How we source',
  'sourcing.intro':
    'Every fact in this record comes from a published report, and every page shows the words that support it. This page explains the rule, what “not stated” and “inferred” mean, and how we check them.',
  'sourcing.ruleTitle': 'Evidence for every fact',
  'sourcing.rule':
    'Each structured fact — a date or period, a status, the parties, the places, what a place or body belongs to, the people, documents and themes linked to an entry, every figure — is backed by evidence: an excerpt of a source the entry lists, quoted word for word in the source’s own language, at most 30 words. On each page the letters next to a fact (a, b, c…) lead to its excerpt under “Evidence for the facts”, which works without JavaScript.',
  'sourcing.translation':
    'An excerpt stays in the language of its source. When the page is in the other language, our translation follows it, labelled “Translation by this site”: the translation is ours, not the source’s.',
  'sourcing.notStatedTitle': 'Not stated',
  'sourcing.notStated':
    'When no source says something — the day of a signing, whether a partnership is still under way, which province a city belongs to — the record says “not stated”, or shows nothing, instead of filling the gap from memory. A date keeps the precision its source gives: “late April 2022” stays late April, a year stays a year.',
  'sourcing.inferredTitle': 'Inferred',
  'sourcing.inferred':
    'Sometimes a fact is our reading of a source rather than its words: a year worked out from the rest of a report, a district taken to be the one a paragraph speaks of. Such a fact is marked “inferred”, and the note next to its excerpt gives our reasoning. In the data, an inferred part of a date carries a question mark (2019?-07-31: the day is stated, the year inferred).',
  'sourcing.referenceTitle': 'Knowledge outside the reports',
  'sourcing.reference':
    'Facts the news reports do not give, such as which province a city belongs to, may only come from a source of their own, listed as a reference source. The record has none yet, so such links are simply absent and the breadcrumbs and indexes work without them.',
  'sourcing.checksTitle': 'How it is checked',
  'sourcing.checks':
    'The build refuses a fact without evidence or “not stated”, an excerpt from a source the entry does not list, an excerpt longer than 30 words, and an uncertain date without an explanation. It also compares the Vietnamese and English versions of every page: the same sources in the same sections, the same numbers and the same quotations; an intended difference must be recorded and explained. Editors who hold the source texts check every excerpt against them word for word.',
  'sourcing.exampleTitle': 'An example',
  'sourcing.example': 'The evidence of {title}, as its page shows it:',
  'sourcing.openData':
    'The open data carries the same evidence: each excerpt as an object with its source id, the quote, and our translation and note when there are any.',

  'page.accessibility': 'Accessibility',
  'accessibility.intro':
    'Everyone should be able to read and reuse this record, whatever device or assistive technology they use. This statement gives the standard we aim at, how we test it, what does not work well yet and what to use instead.',
  'accessibility.standardTitle': 'The standard we aim at',
  'accessibility.standard':
    'We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on every page and in both languages. Everything but search and the interactive timeline works without JavaScript, and every page follows the reader’s light or dark colour scheme.',
  'accessibility.testingTitle': 'How it is tested',
  'accessibility.testingIntro': 'These checks run automatically on every change, on the built site:',
  'accessibility.testAxe':
    'axe-core checks every page in the sitemap, in both languages, against the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA in the light colour scheme, and checks colour contrast again in the dark scheme.',
  'accessibility.testKeyboard':
    'Keyboard tests: the skip link, the header, the language switcher and the navigation are reached in order, each with a visible focus; the skip link moves focus to the content; search suggestions work with the arrow keys, Enter and Escape; the timeline’s items are reached with the arrow keys and opened with Enter.',
  'accessibility.testStructure':
    'Structure: every page has one main heading and declares its language; axe checks that images, links, buttons and form fields have names, that lists and tables are well formed and that language codes are valid; every page passes an HTML validator.',
  'accessibility.testLighthouse':
    'Lighthouse, on a simulated phone, scores 100 for accessibility on the home page, an event, a partnership, the timeline and search, in both languages.',
  'accessibility.testScreenReader':
    'We have not yet tested the site with a screen reader (NVDA, JAWS, VoiceOver, TalkBack) by hand; the checks above cover the structure screen readers rely on, not the experience of using one.',
  'accessibility.limitsTitle': 'What does not work well yet, and what to use instead',
  'accessibility.limitTimeline':
    'The interactive timeline draws items at positions on a canvas. It can be used with the keyboard, but with a screen reader, or on a small screen where items crowd together, it is hard to follow. The list under it, “In chronological order”, holds every item with its date in words, follows the same filters, and works without JavaScript.',
  'accessibility.limitSearch':
    'Search needs JavaScript. Without it, the section indexes (partnerships, events, places, organisations and the rest) and the timeline’s list lead to every page.',
  'accessibility.limitLanguage':
    'Excerpts and quotations keep the language of their source, so an English page may contain Vietnamese passages and the other way round; they are marked with their language, and our translation follows them.',
  'accessibility.reportTitle': 'Report a problem',
  'accessibility.report':
    'If something on this site is hard or impossible for you to use, tell us what happened, on which page and with which browser or assistive technology. Problems are tracked in the public repository, where we answer.',
  'accessibility.reportLink': 'Report an accessibility problem',
  'accessibility.issueTitle': 'Accessibility: ',
  'accessibility.issues': 'Open issues in the repository',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the site',
} as const;

export type UiKey = keyof typeof en;
export type UiDictionary = Record<UiKey, string>;
