import { useTranslations } from '../i18n/ui.ts';
import type { Graph } from './graph.ts';
import { linkTo } from './links.ts';
import type { Entry } from './model.ts';
import type { Lang } from '../core/vocabulary.ts';

type Role = Entry<'people'>['facts']['roles'][number];

/**
 * A role in words: "Vice Chairman of the Provincial People's Committee, Thừa Thiên Huế Provincial People's Committee".
 */
export function roleText(graph: Graph, role: Role, lang: Lang): string {
  const organization = linkTo(graph.resolve(role.organization), lang).text;
  return useTranslations(lang)('field.roleAt', { title: role.title[lang], organization });
}

/** A person's role as the given source states it, or their first role. */
export function roleAt(graph: Graph, person: Entry<'people'>, sourceId: string, lang: Lang): string {
  const role = person.facts.roles.find((r) => r.source.id === sourceId) ?? person.facts.roles[0];
  return role ? roleText(graph, role, lang) : '';
}
