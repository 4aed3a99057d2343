import { get, path, query } from '../core/api.js';

/**
 * The catalog's vocabulary (the API's enums, in the order the server declares them) and the words the screens use for
 * them, plus the few reads several catalog screens share.
 */

/** `Category` of catalog-service. */
export const CATEGORIES = ['PHYSICAL_THERAPY', 'MEDICATION', 'COPING_SKILLS', 'PROCEDURE', 'COMPLEMENTARY'];
/** `TreatmentStatus`: DRAFT → PUBLISHED → RETIRED. */
export const STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'];
export const MODES = ['ACTIVE', 'PASSIVE'];
export const INVASIVENESS = ['NONE', 'MINIMAL', 'SURGICAL'];
export const SPECIALISTS = ['PHYSICIAN', 'PAIN_SPECIALIST', 'PHYSICAL_THERAPIST', 'PSYCHOLOGIST', 'PSYCHIATRIST', 'SURGEON',
  'ACUPUNCTURIST', 'DIETITIAN'];
/** `Severity` of the interaction rules, most severe first. */
export const SEVERITIES = ['CONTRAINDICATED', 'MAJOR', 'MODERATE'];

/** The safety flags, in the order the API sends them, each with its name and what it means for a care plan. */
export const FLAGS = [
  { key: 'controlledSubstance', label: 'Controlled substance',
    means: 'Its dose is decided per patient; it may not be part of a plan template.' },
  { key: 'requiresMonitoring', label: 'Requires monitoring',
    means: 'A plan must set a review date for it (a template: a review interval).' },
  { key: 'requiresRiskBenefitDiscussion', label: 'Requires a risk/benefit discussion',
    means: 'The risk/benefit talk with the patient must be recorded before it is scheduled.' },
  { key: 'requiresPhysicianClearance', label: 'Requires physician clearance',
    means: 'A physician must clear the patient before it starts.' },
  { key: 'homeExerciseProgram', label: 'Home exercise program',
    means: 'The patient continues it alone at home.' },
];

const SEVERITY_MEANING = {
  CONTRAINDICATED: 'blocks a care plan unless a clinician overrides it with a reason',
  MAJOR: 'blocks a care plan unless a clinician overrides it with a reason',
  MODERATE: 'a warning on the care plan',
};

/** What a severity does to a care plan, in words. */
export function severityMeaning(severity) {
  return SEVERITY_MEANING[severity] || '';
}

/** The badge class of a severity: blocking ones red, warnings amber. */
export function severityBadge(severity) {
  return severity === 'MODERATE' ? 'badge warning' : 'badge block';
}

/** The badge class of a treatment status. */
export function statusBadge(status) {
  return { PUBLISHED: 'badge ok', DRAFT: 'badge warning', RETIRED: 'badge' }[status] || 'badge';
}

/** The flags set on a treatment, as FLAGS entries. */
export function flagsSet(treatment) {
  return FLAGS.filter((flag) => treatment?.flags?.[flag.key]);
}

/** Whether a rule's side names this treatment (by its id, or by its kind). */
export function sideMatches(side, treatment) {
  return side.treatmentId ? side.treatmentId === treatment.id : side.kind === treatment.kind;
}

/** Every interaction rule (the set is small; read in pages of 100) and the rule set's ETag. */
export async function allRules(options = {}) {
  const rules = [];
  let etag = null;
  for (let page = 0; ; page += 1) {
    const answer = await get(`/api/catalog/interaction-rules${query({ page, size: 100 })}`, options);
    etag = answer.etag;
    rules.push(...answer.body.content);
    if (page + 1 >= answer.body.page.totalPages) {
      return { rules, etag };
    }
  }
}

const treatmentCache = new Map();

/**
 * One treatment by id, read once per page load and shared by the screens that only need its name and flags; an id
 * the catalog does not know resolves to null.
 */
export function treatmentSummary(id) {
  if (!treatmentCache.has(id)) {
    treatmentCache.set(id, get(path`/api/catalog/treatments/${id}`).then(({ body }) => body, (problem) => {
      treatmentCache.delete(id);
      return problem.status === 404 ? null : Promise.reject(problem);
    }));
  }
  return treatmentCache.get(id);
}

/** Forgets a cached treatment after it changed here. */
export function forgetTreatment(id) {
  treatmentCache.delete(id);
}

/** Names of the given treatment ids, as a Map id → treatment (null when unknown); failures leave the id out. */
export async function treatmentsById(ids) {
  const unique = [...new Set(ids.filter(Boolean))];
  const entries = await Promise.all(unique.map((id) => treatmentSummary(id).then((t) => [id, t], () => null)));
  return new Map(entries.filter(Boolean));
}

/** Keeps the page's filters in the address without a navigation (a hashchange would move focus to the heading). */
export function replaceHashQuery(base, parameters) {
  const text = query(parameters);
  const hash = `${base}${text}`;
  if (window.location.hash !== hash) {
    window.history.replaceState(window.history.state, '', hash);
  }
}
