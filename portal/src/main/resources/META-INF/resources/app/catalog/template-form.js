import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Problem, get, path, post, put } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { busy } from '../ui/busy.js';
import { words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import { flagsSet, treatmentsById } from './catalog-words.js';
import { AIMS, MEASURES, PRIORITIES, SPECIALTIES } from './template-words.js';
import './treatment-picker.js';
import { mergeEdits } from '../ui/merge.js';

let nextKey = 0;
const key = () => { nextKey += 1; return nextKey; };

const text = (value) => (value === null || value === undefined ? '' : String(value));
const numberOrNull = (value) => (String(value).trim() === '' ? null : Number(value));
const textOrNull = (value) => (value.trim() === '' ? null : value.trim());

function activityRow(activity = {}) {
  return { key: key(), treatmentId: activity.treatmentId || '', treatment: null, dose: text(activity.dose),
    frequency: text(activity.frequency), reviewAfterDays: text(activity.reviewAfterDays), sessions: text(activity.sessions) };
}

function goalRow(goal = {}) {
  const percent = goal.target?.changeFromBaselinePercent;
  return { key: key(), aim: goal.aim || '', measure: goal.measure || '',
    targetKind: percent !== null && percent !== undefined ? 'reduction' : 'atMost',
    targetValue: percent !== null && percent !== undefined ? text(Math.abs(percent)) : text(goal.target?.atMost),
    dueInDays: text(goal.dueInDays) };
}

function referralRow(referral = {}) {
  return { key: key(), specialty: referral.specialty || '', priority: referral.priority || 'ROUTINE',
    reason: referral.reason || '' };
}

function formOf(template) {
  return { id: template?.id || '', name: template?.name || '', description: template?.description || '',
    activities: (template?.activities || []).map(activityRow), goals: (template?.goals || []).map(goalRow),
    referrals: (template?.referrals || []).map(referralRow) };
}

function requestOf(form, creating) {
  return {
    ...(creating ? { id: form.id.trim() || null } : {}),
    name: form.name, description: form.description,
    activities: form.activities.map((a) => ({ treatmentId: a.treatmentId || null, dose: textOrNull(a.dose),
      frequency: textOrNull(a.frequency), reviewAfterDays: numberOrNull(a.reviewAfterDays), sessions: numberOrNull(a.sessions) })),
    goals: form.goals.map((g) => {
      const value = numberOrNull(g.targetValue);
      const target = g.targetKind === 'reduction'
        ? { changeFromBaselinePercent: value === null ? null : -Math.abs(value) } : { atMost: value };
      return { aim: g.aim || null, measure: g.measure || null, target, dueInDays: numberOrNull(g.dueInDays) };
    }),
    referrals: form.referrals.map((r) => ({ specialty: r.specialty || null, priority: r.priority || null, reason: r.reason })),
  };
}

/**
 * The template rules are the server's (422 with one sentence per refused activity, joined by "; "): each sentence goes
 * under the activity it names, in the template's order, so the admin sees what to change where.
 */
function placeRuleMessages(problem, activities) {
  if (problem.status !== 422 || problem.errors.length || !problem.detail) {
    return problem;
  }
  let from = 0;
  const errors = problem.detail.split('; ').map((message) => {
    const at = activities.findIndex((a, index) => index >= from && a.treatmentId && message.startsWith(`${a.treatmentId} `));
    if (at < 0) {
      return { field: '', message };
    }
    from = at + 1;
    return { field: `activities[${at}].treatmentId`, message };
  });
  return new Problem(422, { ...problem.body, title: 'The template breaks a template rule',
    detail: 'Each refused activity is marked below.', errors });
}

/**
 * The clinic admin's form for a plan template, new (no `templateId`) or an edit: name, description, and the lists of
 * activities (treatments picked from the published catalog by search), goals and referrals. The template rules are
 * the server's; its refusal is shown in words next to each activity it names. A stale ETag offers to reload and
 * re-apply what was typed.
 */
class TemplateForm extends PortalElement {
  static properties = {
    templateId: { attribute: false },
    form: { state: true },
    problem: { state: true },
    loadProblem: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.templateId = null;
    this.form = null;
    this.problem = null;
    this.loadProblem = null;
    this.saving = false;
    this.etag = null;
    this.originalName = '';
  }

  get creating() {
    return !this.templateId;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.creating) {
      this.form = formOf(null);
      this.form.activities = [activityRow()];
    } else {
      this.load();
    }
  }

  async load() {
    try {
      const { body, etag } = await get(path`/api/plan-templates/${this.templateId}`);
      this.etag = etag;
      this.originalName = body.name;
      this.form = formOf(body);
      this.base = formOf(body);
    } catch (problem) {
      this.loadProblem = problem;
      return;
    }
    // The treatments' flags, for the hints next to each activity (the rules themselves are the server's).
    const treatments = await treatmentsById(this.form.activities.map((row) => row.treatmentId));
    this.set('activities', this.form.activities.map((row) => ({ ...row, treatment: treatments.get(row.treatmentId) || null })));
  }

  set(name, value) {
    this.form = { ...this.form, [name]: value };
  }

  setRow(list, index, change) {
    this.set(list, this.form[list].map((row, at) => (at === index ? { ...row, ...change } : row)));
  }

  addRow(list, row) {
    this.set(list, [...this.form[list], row]);
    this.updateComplete.then(() => {
      const rows = this.querySelectorAll(`.${list}-row`);
      rows[rows.length - 1]?.querySelector('input, select, textarea')?.focus();
    });
  }

  removeRow(list, index) {
    this.set(list, this.form[list].filter((_, at) => at !== index));
    this.updateComplete.then(() => this.querySelector(`.add-${list}`)?.focus());
  }

  async save(event) {
    event?.preventDefault();
    this.saving = true;
    try {
      const { body } = this.creating
        ? await post('/api/plan-templates', requestOf(this.form, true))
        : await put(path`/api/plan-templates/${this.templateId}`, requestOf(this.form, false), { etag: this.etag });
      navigate(`#/templates/${encodeURIComponent(body.id)}`);
    } catch (problem) {
      this.problem = placeRuleMessages(problem, this.form.activities);
      this.saving = false;
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    }
  }

  /**
   * After a stale ETag: read the template as it is now, keep the parts this user changed and take everyone else's
   * changes for the rest (never undoing another admin's edit), then save.
   */
  async reapply() {
    try {
      const { body, etag } = await get(path`/api/plan-templates/${this.templateId}`);
      this.form = mergeEdits(this.base, this.form, formOf(body)).merged;
      this.base = formOf(body);
      this.etag = etag;
    } catch (problem) {
      this.problem = problem;
      return;
    }
    this.save();
  }

  /** Every field this form shows a message under: the rest go to the summary. */
  shownFields() {
    return ['id', 'name', 'description',
      ...this.form.activities.flatMap((_, i) => ['treatmentId', 'dose', 'frequency', 'reviewAfterDays', 'sessions']
        .map((name) => `activities[${i}].${name}`)),
      ...this.form.goals.flatMap((_, i) => ['aim', 'measure', 'target', 'dueInDays'].map((name) => `goals[${i}].${name}`)),
      ...this.form.referrals.flatMap((_, i) => ['specialty', 'priority', 'reason'].map((name) => `referrals[${i}].${name}`))];
  }

  render() {
    const title = this.creating ? 'New plan template' : `Edit ${this.originalName || 'plan template'}`;
    const back = this.creating ? '#/templates' : `#/templates/${encodeURIComponent(this.templateId)}`;
    if (this.loadProblem) {
      return html`<p><a href=${back}>← Back</a></p><h1 tabindex="-1">${title}</h1>
        <problem-alert .problem=${this.loadProblem}></problem-alert>`;
    }
    if (!this.form) {
      return html`<h1 tabindex="-1">${title}</h1>${busy('Loading the template…')}`;
    }
    const p = this.problem;
    return html`
      <p><a href=${back}>← ${this.creating ? 'Plan templates' : 'Back to the template'}</a></p>
      <h1 tabindex="-1">${title}</h1>
      <form class="template-form" @submit=${this.save} novalidate>
        <section class="card stacked" aria-label="About the template">
          ${this.creating ? this.input('id', 'Id', 'template-id', this.form.id, (v) => this.set('id', v),
    { hint: 'A lowercase slug such as active-start; it cannot change later.' }) : nothing}
          ${this.input('name', 'Name', 'template-name', this.form.name, (v) => this.set('name', v))}
          <div class="field wide">
            <label for="template-description">Description</label>
            <textarea id="template-description" rows="3" .value=${this.form.description}
              aria-invalid=${invalid(p, 'description') ? 'true' : 'false'} aria-describedby="template-description-error"
              @input=${(e) => this.set('description', e.target.value)}></textarea>
            ${fieldError(p, 'description', 'template-description-error')}
          </div>
        </section>
        ${this.renderActivities()}
        ${this.renderGoals()}
        ${this.renderReferrals()}
        <problem-alert .problem=${p} .fields=${this.shownFields()} @reapply=${this.reapply}></problem-alert>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.saving}>${this.saving ? 'Saving…'
    : (this.creating ? 'Create template' : 'Save changes')}</button>
          <a class="button" href=${back}>Cancel</a>
        </div>
      </form>`;
  }

  input(field, label, id, value, onInput, { type = 'text', hint = '', min, max } = {}) {
    const p = this.problem;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type=${type} autocomplete="off" .value=${value} min=${min ?? nothing} max=${max ?? nothing}
        aria-invalid=${invalid(p, field) ? 'true' : 'false'} aria-describedby="${id}-error${hint ? ` ${id}-hint` : ''}"
        @input=${(e) => onInput(e.target.value)}>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${fieldError(p, field, `${id}-error`)}
    </div>`;
  }

  select(field, label, id, value, values, onChange, wordsOf = words) {
    const p = this.problem;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} aria-invalid=${invalid(p, field) ? 'true' : 'false'} aria-describedby="${id}-error"
        @change=${(e) => onChange(e.target.value)}>
        <option value="" ?selected=${!value}>Choose…</option>
        ${values.map((v) => html`<option value=${v} ?selected=${value === v}>${wordsOf(v)}</option>`)}
      </select>
      ${fieldError(p, field, `${id}-error`)}
    </div>`;
  }

  renderActivities() {
    return html`<section class="card" aria-labelledby="template-activities-title">
      <h2 id="template-activities-title">Activities</h2>
      <p class="hint">Published treatments only; never a controlled substance; each monitored medication needs a review
        interval. Applying the template turns the interval into the activity's review date.</p>
      ${repeat(this.form.activities, (row) => row.key, (row, i) => this.renderActivity(row, i))}
      <button type="button" class="add-activities" @click=${() => this.addRow('activities', activityRow())}>Add an activity</button>
    </section>`;
  }

  renderActivity(row, i) {
    const p = this.problem;
    const base = `activities[${i}]`;
    const id = `activity-${row.key}`;
    const treatment = row.treatment;
    const flagged = treatment ? flagsSet(treatment).map((flag) => flag.key) : [];
    return html`<fieldset class="activities-row template-row">
      <legend>Activity ${i + 1}</legend>
      <div class="form-grid">
        <div class="field wide">
          <treatment-picker label="Treatment" status="PUBLISHED" .value=${row.treatmentId}
            ?invalid=${invalid(p, `${base}.treatmentId`)} .describedBy=${`${id}-treatment-error`}
            @pick=${(e) => this.setRow('activities', i, { treatmentId: e.detail.id, treatment: e.detail.treatment })}></treatment-picker>
          ${flagged.includes('controlledSubstance') ? html`<p class="finding block">A controlled substance may not be part of
            a template: its dose is decided per patient.</p>` : nothing}
          ${treatment?.category === 'MEDICATION' && flagged.includes('requiresMonitoring') && !flagged.includes('controlledSubstance')
      && !row.reviewAfterDays
    ? html`<p class="finding">A monitored medication: set “Review after (days)”.</p>` : nothing}
          ${fieldError(p, `${base}.treatmentId`, `${id}-treatment-error`)}
        </div>
        ${this.input(`${base}.dose`, 'Dose', `${id}-dose`, row.dose, (v) => this.setRow('activities', i, { dose: v }))}
        ${this.input(`${base}.frequency`, 'Frequency', `${id}-frequency`, row.frequency,
    (v) => this.setRow('activities', i, { frequency: v }))}
        ${this.input(`${base}.reviewAfterDays`, 'Review after (days)', `${id}-review`, row.reviewAfterDays,
    (v) => this.setRow('activities', i, { reviewAfterDays: v }), { type: 'number', min: 1, max: 365 })}
        ${this.input(`${base}.sessions`, 'Sessions', `${id}-sessions`, row.sessions,
    (v) => this.setRow('activities', i, { sessions: v }), { type: 'number', min: 1, max: 200 })}
      </div>
      <button type="button" class="danger remove-row" @click=${() => this.removeRow('activities', i)}>Remove activity ${i + 1}</button>
    </fieldset>`;
  }

  renderGoals() {
    return html`<section class="card" aria-labelledby="template-goals-title">
      <h2 id="template-goals-title">Goals</h2>
      ${this.form.goals.length ? nothing : html`<p class="muted">No goal.</p>`}
      ${repeat(this.form.goals, (row) => row.key, (row, i) => this.renderGoal(row, i))}
      <button type="button" class="add-goals" @click=${() => this.addRow('goals', goalRow())}>Add a goal</button>
    </section>`;
  }

  renderGoal(row, i) {
    const p = this.problem;
    const base = `goals[${i}]`;
    const id = `goal-${row.key}`;
    const measure = MEASURES[row.measure];
    const valueLabel = row.targetKind === 'reduction' ? 'Reduction from the baseline (%)'
      : `Score at most${measure ? ` (${measure.unit === '%' ? '%' : `0–${measure.max}`})` : ''}`;
    return html`<fieldset class="goals-row template-row">
      <legend>Goal ${i + 1}</legend>
      <div class="form-grid">
        ${this.select(`${base}.aim`, 'Aim', `${id}-aim`, row.aim, AIMS, (v) => this.setRow('goals', i, { aim: v }))}
        ${this.select(`${base}.measure`, 'Measure', `${id}-measure`, row.measure, Object.keys(MEASURES),
    (v) => this.setRow('goals', i, { measure: v }), (v) => MEASURES[v].label)}
        <div class="field">
          <label for="${id}-target-kind">Target</label>
          <select id="${id}-target-kind" @change=${(e) => this.setRow('goals', i, { targetKind: e.target.value })}>
            <option value="atMost" ?selected=${row.targetKind === 'atMost'}>A score at most</option>
            <option value="reduction" ?selected=${row.targetKind === 'reduction'}>A reduction from the baseline</option>
          </select>
        </div>
        ${this.input(`${base}.target`, valueLabel, `${id}-target`, row.targetValue,
    (v) => this.setRow('goals', i, { targetValue: v }), { type: 'number',
      hint: row.targetKind === 'reduction' ? '30 means at least 30 % below the first score (1–100).' : 'Lower is better for every measure.' })}
        ${this.input(`${base}.dueInDays`, 'Due after (days)', `${id}-due`, row.dueInDays,
    (v) => this.setRow('goals', i, { dueInDays: v }), { type: 'number', min: 1, max: 730 })}
      </div>
      <button type="button" class="danger remove-row" @click=${() => this.removeRow('goals', i)}>Remove goal ${i + 1}</button>
    </fieldset>`;
  }

  renderReferrals() {
    return html`<section class="card" aria-labelledby="template-referrals-title">
      <h2 id="template-referrals-title">Referrals</h2>
      ${this.form.referrals.length ? nothing : html`<p class="muted">No referral.</p>`}
      ${repeat(this.form.referrals, (row) => row.key, (row, i) => this.renderReferral(row, i))}
      <button type="button" class="add-referrals" @click=${() => this.addRow('referrals', referralRow())}>Add a referral</button>
    </section>`;
  }

  renderReferral(row, i) {
    const p = this.problem;
    const base = `referrals[${i}]`;
    const id = `referral-${row.key}`;
    return html`<fieldset class="referrals-row template-row">
      <legend>Referral ${i + 1}</legend>
      <div class="form-grid">
        ${this.select(`${base}.specialty`, 'Specialty', `${id}-specialty`, row.specialty, SPECIALTIES,
    (v) => this.setRow('referrals', i, { specialty: v }))}
        ${this.select(`${base}.priority`, 'Priority', `${id}-priority`, row.priority, PRIORITIES,
    (v) => this.setRow('referrals', i, { priority: v }))}
        <div class="field wide">
          <label for="${id}-reason">Reason</label>
          <textarea id="${id}-reason" rows="2" .value=${row.reason}
            aria-invalid=${invalid(p, `${base}.reason`) ? 'true' : 'false'} aria-describedby="${id}-reason-error"
            @input=${(e) => this.setRow('referrals', i, { reason: e.target.value })}></textarea>
          ${fieldError(p, `${base}.reason`, `${id}-reason-error`)}
        </div>
      </div>
      <button type="button" class="danger remove-row" @click=${() => this.removeRow('referrals', i)}>Remove referral ${i + 1}</button>
    </fieldset>`;
  }
}
customElements.define('template-form', TemplateForm);
