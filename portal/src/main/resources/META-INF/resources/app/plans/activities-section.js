import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { path, post } from '../core/api.js';
import { date, dateTime, number, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { PlanSection } from './plan-section.js';

/** FHIR CarePlan activity steps the server allows from each status (plan-service `ActivityStatus`). */
const NEXT_STATUS = {
  NOT_STARTED: ['SCHEDULED', 'IN_PROGRESS', 'CANCELLED'],
  SCHEDULED: ['IN_PROGRESS', 'NOT_STARTED', 'CANCELLED'],
  IN_PROGRESS: ['ON_HOLD', 'COMPLETED', 'STOPPED'],
  ON_HOLD: ['IN_PROGRESS', 'STOPPED'],
};
const CLINICIAN_CATEGORIES = ['MEDICATION', 'PROCEDURE'];
/** Moves that put an activity into effect: the server makes them only in an ACTIVE plan (`startsWhenMovedTo`). */
function starts(from, to) {
  return to === 'SCHEDULED' || (from === 'NOT_STARTED' && to !== 'CANCELLED');
}
const DECISIONS = ['PROCEED', 'DECLINE', 'UNDECIDED'];

/**
 * The plan's activities: each with its status and the next steps, medication details and daily MME, the warnings and
 * blocks that name it, and the documentation its rules ask for — a physician's clearance (complementary), a
 * risk/benefit discussion (procedures) and opioid safeguards (CDC 2022 recommendations 2 and 7–9), recorded by a
 * clinician. Medications and procedures are moved by clinicians only.
 */
class ActivitiesSection extends PlanSection {
  static properties = { ...PlanSection.properties, drafts: { state: true } };

  constructor() {
    super();
    this.drafts = {};
  }

  draft(activityId, form, defaults) {
    return { ...defaults, ...(this.drafts[`${form}-${activityId}`] || {}) };
  }

  setDraft(activityId, form, name, value) {
    const key = `${form}-${activityId}`;
    this.drafts = { ...this.drafts, [key]: { ...(this.drafts[key] || {}), [name]: value } };
  }

  clearDraft(activityId, form) {
    const drafts = { ...this.drafts };
    delete drafts[`${form}-${activityId}`];
    this.drafts = drafts;
  }

  render() {
    const activities = this.plan.activities;
    return html`<section class="card activities" aria-labelledby="activities-title">
      <h2 id="activities-title">Activities</h2>
      ${activities.length ? activities.map((activity) => this.renderActivity(activity))
    : html`<p class="muted">No activity yet: apply a template or add treatments from the catalog.</p>`}
    </section>`;
  }

  renderActivity(activity) {
    const findings = this.plan.findings.filter((finding) => finding.activityIds.includes(activity.id) && !finding.override);
    const mayMove = this.isOpen() && (this.isClinician() || !CLINICIAN_CATEGORIES.includes(activity.category));
    const next = (NEXT_STATUS[activity.status] || [])
      .filter((to) => this.plan.status === 'ACTIVE' || !starts(activity.status, to));
    const key = `status-${activity.id}`;
    const d = activity.details || {};
    return html`<article class="activity" aria-labelledby="activity-${activity.id}">
      <h3 id="activity-${activity.id}">${activity.name} <span class="badge">${words(activity.status)}</span>
        <span class="muted activity-category">${words(activity.category)}</span></h3>
      <p class="activity-details">${[
    d.opioid ? `${words(d.opioid)} ${d.doseMg ? `${number(d.doseMg, 2)} mg × ${d.dosesPerDay}/day` : `${number(d.doseMcgPerHour, 2)} mcg/h patch`}` : null,
    d.dose, d.frequency, d.sessions ? `${d.sessions} sessions` : null, d.reviewBy ? `review by ${date(d.reviewBy)}` : null,
  ].filter(Boolean).join(' · ')}
        ${activity.dailyMme !== null && activity.dailyMme !== undefined ? html`<strong class="activity-mme">${number(activity.dailyMme, 1)} MME/day</strong>` : nothing}</p>
      ${findings.map((finding) => html`<p class="finding ${finding.severity === 'BLOCK' ? 'block' : ''}">
        <span class="badge ${finding.severity === 'BLOCK' ? 'block' : 'warning'}">${words(finding.severity)}</span> ${finding.message}</p>`)}
      ${this.renderRecords(activity)}
      ${mayMove && next.length ? html`<div class="inline-form">
        ${next.map((status) => html`<button type="button" ?disabled=${this.pending === key}
          @click=${() => this.submit(key, (etag, id) => post(path`/api/plans/${id}/activities/${activity.id}/status`, { status }, { etag }))}>
          ${this.stepLabel(status)}</button>`)}
      </div>${this.problemOf(key)}` : nothing}
      ${this.isClinician() && this.isOpen() ? this.renderDocumentation(activity) : nothing}
    </article>`;
  }

  stepLabel(status) {
    return { SCHEDULED: 'Schedule', IN_PROGRESS: 'Start', CANCELLED: 'Cancel', NOT_STARTED: 'Unschedule', ON_HOLD: 'Hold',
      COMPLETED: 'Complete', STOPPED: 'Stop' }[status] || words(status);
  }

  renderRecords(activity) {
    const c = activity.clearance;
    const r = activity.riskBenefitDiscussion;
    const s = activity.opioidSafeguards;
    return html`
      ${c ? html`<p class="record">Cleared by ${c.by} (${dateTime(c.at)}): “${c.note}”</p>` : nothing}
      ${r ? html`<p class="record">Risk/benefit discussed by ${r.by} (${dateTime(r.at)}): patient decision <strong>${words(r.patientDecision)}</strong>${r.secondOpinionOffered ? ', second opinion offered' : ''}</p>` : nothing}
      ${s ? html`<p class="record">Opioid safeguards by ${s.by} (${dateTime(s.at)}): naloxone ${s.naloxoneOffered ? 'offered' : 'not offered'},
        PDMP checked ${s.pdmpCheckedOn ? date(s.pdmpCheckedOn) : '—'}, review by ${s.reviewBy ? date(s.reviewBy) : '—'}</p>` : nothing}`;
  }

  renderDocumentation(activity) {
    if (!['NOT_STARTED', 'SCHEDULED', 'IN_PROGRESS', 'ON_HOLD'].includes(activity.status)) {
      return nothing;
    }
    // The catalog's flags decide what a treatment needs; the findings that name the activity say it.
    const asks = (rule) => this.plan.findings.some((finding) => finding.rule === rule
      && finding.activityIds.includes(activity.id));
    return html`
      ${asks('COMPLEMENTARY_CLEARANCE') ? this.renderClearance(activity) : nothing}
      ${asks('PROCEDURE_RISK_BENEFIT') || activity.riskBenefitDiscussion ? this.renderRiskBenefit(activity) : nothing}
      ${activity.details?.opioid ? this.renderSafeguards(activity) : nothing}`;
  }

  textField(activity, form, name, label, values, problem, multiline = false) {
    const id = `${form}-${name}-${activity.id}`;
    const onInput = (e) => this.setDraft(activity.id, form, name, e.target.value);
    return html`<div class="field wide"><label for=${id}>${label}</label>
      ${multiline ? html`<textarea id=${id} rows="2" .value=${values[name]} @input=${onInput}
          aria-invalid=${invalid(problem, name) ? 'true' : 'false'} aria-describedby="${id}-error"></textarea>`
    : html`<input id=${id} .value=${values[name]} @input=${onInput}
          aria-invalid=${invalid(problem, name) ? 'true' : 'false'} aria-describedby="${id}-error">`}
      ${fieldError(problem, name, `${id}-error`)}</div>`;
  }

  renderClearance(activity) {
    const key = `clearance-${activity.id}`;
    const values = this.draft(activity.id, 'clearance', { note: '' });
    const problem = this.problem(key);
    return html`<details class="documentation"><summary>Record physician clearance</summary>
      <form class="stacked" @submit=${(event) => {
        event.preventDefault();
        this.submit(key, (etag, id) => post(path`/api/plans/${id}/activities/${activity.id}/clearance`,
          this.draft(activity.id, 'clearance', { note: '' }), { etag }),
          () => this.clearDraft(activity.id, 'clearance'));
      }}>
        ${this.textField(activity, 'clearance', 'note', 'Clearance note', values, problem, true)}
        <div class="field wide">${this.problemOf(key, ['note'])}<button type="submit" ?disabled=${this.pending === key}>Record clearance</button></div>
      </form></details>`;
  }

  renderRiskBenefit(activity) {
    const key = `risk-${activity.id}`;
    const defaults = { risks: '', benefits: '', alternatives: '', patientDecision: 'PROCEED', secondOpinionOffered: false };
    const values = this.draft(activity.id, 'risk', defaults);
    const problem = this.problem(key);
    const id = (name) => `risk-${name}-${activity.id}`;
    return html`<details class="documentation"><summary>Record the risk/benefit discussion</summary>
      <form class="stacked" @submit=${(event) => {
        event.preventDefault();
        this.submit(key, (etag, planId) => post(path`/api/plans/${planId}/activities/${activity.id}/risk-benefit-discussion`,
          this.draft(activity.id, 'risk', defaults), { etag }),
          () => this.clearDraft(activity.id, 'risk'));
      }}>
        ${this.textField(activity, 'risk', 'risks', 'Risks discussed', values, problem, true)}
        ${this.textField(activity, 'risk', 'benefits', 'Benefits discussed', values, problem, true)}
        ${this.textField(activity, 'risk', 'alternatives', 'Alternatives discussed', values, problem, true)}
        <div class="field"><label for=${id('decision')}>Patient's decision</label>
          <select id=${id('decision')} .value=${live(values.patientDecision)} @change=${(e) => this.setDraft(activity.id, 'risk', 'patientDecision', e.target.value)}>
            ${DECISIONS.map((decision) => html`<option value=${decision} ?selected=${values.patientDecision === decision}>${words(decision)}</option>`)}
          </select></div>
        <div class="field"><label class="checkbox" for=${id('second')}><input id=${id('second')} type="checkbox" .checked=${values.secondOpinionOffered}
          @change=${(e) => this.setDraft(activity.id, 'risk', 'secondOpinionOffered', e.target.checked)}> Second opinion offered (requests a referral)</label></div>
        <div class="field wide">${this.problemOf(key, ['risks', 'benefits', 'alternatives'])}
          <button type="submit" ?disabled=${this.pending === key}>Record discussion</button></div>
      </form></details>`;
  }

  renderSafeguards(activity) {
    const key = `safeguards-${activity.id}`;
    const defaults = { justification: '', tried: '', naloxoneOffered: false, pdmpCheckedOn: '', reviewBy: '' };
    const values = this.draft(activity.id, 'safeguards', defaults);
    const problem = this.problem(key);
    const id = (name) => `safeguards-${name}-${activity.id}`;
    const body = () => {
      const now = this.draft(activity.id, 'safeguards', defaults);
      return {
        justification: now.justification,
        nonOpioidTherapiesTried: now.tried.split(',').map((therapy) => therapy.trim()).filter(Boolean),
        naloxoneOffered: now.naloxoneOffered,
        pdmpCheckedOn: now.pdmpCheckedOn || null,
        reviewBy: now.reviewBy || null,
      };
    };
    return html`<details class="documentation"><summary>Record opioid safeguards</summary>
      <form class="stacked" @submit=${(event) => {
        event.preventDefault();
        // The form keeps its values after saving: if an item is still missing, the finding names it and the
        // clinician completes the rest instead of typing everything again.
        this.submit(key, (etag, planId) => post(path`/api/plans/${planId}/activities/${activity.id}/opioid-safeguards`, body(), { etag }));
      }}>
        ${this.textField(activity, 'safeguards', 'justification', 'Why an opioid (justification)', values, problem, true)}
        <div class="field wide"><label for=${id('tried')}>Non-opioid therapies tried (comma-separated)</label>
          <input id=${id('tried')} .value=${values.tried} @input=${(e) => this.setDraft(activity.id, 'safeguards', 'tried', e.target.value)}
            aria-invalid=${invalid(problem, 'nonOpioidTherapiesTried') ? 'true' : 'false'} aria-describedby="${id('tried')}-error">
          ${fieldError(problem, 'nonOpioidTherapiesTried', `${id('tried')}-error`)}</div>
        <div class="field"><label class="checkbox" for=${id('naloxone')}><input id=${id('naloxone')} type="checkbox" .checked=${values.naloxoneOffered}
          @change=${(e) => this.setDraft(activity.id, 'safeguards', 'naloxoneOffered', e.target.checked)}> Naloxone offered</label></div>
        <div class="field"><label for=${id('pdmp')}>PDMP checked on</label>
          <input id=${id('pdmp')} type="date" .value=${values.pdmpCheckedOn} @input=${(e) => this.setDraft(activity.id, 'safeguards', 'pdmpCheckedOn', e.target.value)}
            aria-invalid=${invalid(problem, 'pdmpCheckedOn') ? 'true' : 'false'} aria-describedby="${id('pdmp')}-error">
          ${fieldError(problem, 'pdmpCheckedOn', `${id('pdmp')}-error`)}</div>
        <div class="field"><label for=${id('review')}>Review by (within 4 weeks)</label>
          <input id=${id('review')} type="date" .value=${values.reviewBy} @input=${(e) => this.setDraft(activity.id, 'safeguards', 'reviewBy', e.target.value)}
            aria-invalid=${invalid(problem, 'reviewBy') ? 'true' : 'false'} aria-describedby="${id('review')}-error">
          ${fieldError(problem, 'reviewBy', `${id('review')}-error`)}</div>
        <div class="field wide">${this.problemOf(key, ['justification', 'nonOpioidTherapiesTried', 'pdmpCheckedOn', 'reviewBy'])}
          <button type="submit" ?disabled=${this.pending === key}>Record safeguards</button></div>
      </form></details>`;
  }
}
customElements.define('activities-section', ActivitiesSection);
