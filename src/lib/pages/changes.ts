/**
 * The Changes page of one language: corrections listed apart, then every
 * addition, edit and correction across the record, newest first, grouped by
 * day, with a link to the entry and to the revision in its history. Only
 * entries in the published record are listed (a deleted entry has no page).
 */
import type { Graph } from '../graph.ts';
import { NO_RECORD_HISTORY, type RecordHistory } from '../history.ts';
import { changeSets, publishedRevisions, type ChangeItem, type ChangeSet, type DayView } from '../history-view.ts';
import { DATA_FILES, type Route } from '../routes.ts';

export type { ChangeItem, ChangeSet };

/** How many changes the page lists; the feeds carry fewer, each entry's history all of its own. */
export const CHANGES_ON_PAGE = 100;

export interface ChangesPageData {
  kind: 'changes';
  route: Route & { kind: 'page' };
  status: RecordHistory['status'];
  /** Every correction, newest first, with the entries it corrects. */
  corrections: ChangeSet[];
  /** The most recent changes (at most `CHANGES_ON_PAGE` entries' revisions), by day and commit, newest first. */
  days: { date: DayView; sets: ChangeSet[] }[];
  /** How many entries' revisions are listed, of how many. */
  shown: number;
  total: number;
  feeds: { rss: string; json: string };
}

export function changesPage(
  graph: Graph,
  route: Route & { kind: 'page' },
  history: RecordHistory = NO_RECORD_HISTORY,
): ChangesPageData {
  const { lang } = route;
  const revisions = publishedRevisions(graph, history);
  const days: ChangesPageData['days'] = [];
  for (const set of changeSets(graph, revisions.slice(0, CHANGES_ON_PAGE), lang)) {
    const day = days.at(-1);
    if (day?.date.datetime === set.date.datetime) day.sets.push(set);
    else days.push({ date: set.date, sets: [set] });
  }
  return {
    kind: 'changes',
    route,
    status: history.status,
    corrections: changeSets(
      graph,
      revisions.filter((r) => r.correction !== null),
      lang,
    ),
    days,
    shown: Math.min(revisions.length, CHANGES_ON_PAGE),
    total: revisions.length,
    feeds: { rss: DATA_FILES.changesRss(lang), json: DATA_FILES.changesJson(lang) },
  };
}
