import { z } from 'astro/zod';
import { draftField, type RefFactory, refs, sourcesField, evidenceField, parityExceptionsField } from './shared.ts';

export const ORGANIZATION_KINDS = [
  'company',
  'branch',
  'programme',
  'government',
  'department',
  'party',
  'association',
] as const;

/** Facts of a company, branch or public body (`src/content/organizations/<id>/facts.yaml`). */
export const organizationSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Checked like any entry but not published until removed (`npm run new` starts every entry as a draft). */
    draft: draftField,
    /** What kind of body it is. */
    kind: z.enum(ORGANIZATION_KINDS),
    /** Short name or acronym used in both languages. @example 'VNPT' */
    acronym: z.string().min(1).optional(),
    /** The organisation it belongs to (a branch's company, a department's people's committee). */
    parent: ref('organizations').optional(),
    /** Where it sits or what it governs. */
    places: refs(ref, 'places'),
    /** Sources that mention it. */
    sources: sourcesField(ref),
    /** What in the sources supports each claim above (see "How we source"). */
    evidence: evidenceField(ref),
    parityExceptions: parityExceptionsField,
  });

export type OrganizationFacts = z.output<ReturnType<typeof organizationSchema>>;
