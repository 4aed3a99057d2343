import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { get, path, post, query } from '../core/api.js';
import { daysFromToday, number, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { MME_FACTORS, dailyMme } from './opioid-dose.js';
import { PlanSection } from './plan-section.js';

const CATEGORIES = ['PHYSICAL_THERAPY', 'MEDICATION', 'COPING_SKILLS', 'PROCEDURE', 'COMPLEMENTARY'];
const CLINICIAN_CATEGORIES = ['MEDICATION', 'PROCEDURE'];
const DETAIL_FIELDS = ['treatmentId', 'details', 'dose', 'frequency', 'reviewBy', 'sessions', 'opioid', 'doseMg',
  'dosesPerDay', 'doseMcgPerHour'];

/**
 * Adds a published treatment of the catalog to the plan: search as you type (by category), pick one, give its details
 * (medications: dose, frequency and a review date; opioids also the CDC name and dose, with the MME/day as typed;
 * therapies: sessions). Coordinators add everything but medications and procedures.
 */
class AddTreatment extends PlanSection {
  static properties = {
    ...PlanSection.properties, q: { state: true }, category: { state: true }, results: { state: true },
    chosen: { state: true }, details: { state: true },
  };

  constructor() {
    super();
    this.q = '';
    this.category = '';
    this.results = null;
    this.chosen = null;
    this.details = {};
    this.timer = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.search();
  }

  async search() {
    try {
      const { body } = await get(`/api/catalog/treatments${query({ status: 'PUBLISHED', q: this.q, category: this.category, size: 100, sort: 'name' })}`);
      this.results = body;
      this.problems = { ...this.problems, search: null };
    } catch (problem) {
      this.problems = { ...this.problems, search: problem };
    }
  }

  searchSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(), 250);
  }

  choose(treatment) {
    this.chosen = treatment;
    const medication = treatment.category === 'MEDICATION';
    // No opioid is preselected: a default the clinician overlooks would put the wrong factor into the MME.
    this.details = medication ? { reviewBy: daysFromToday(28), opioid: '' } : {};
    requestAnimationFrame(() => this.querySelector('#treatment-details-title')?.focus());
  }

  set(name, value) {
    this.details = { ...this.details, [name]: value };
  }

  requestBody() {
    const d = this.details;
    const numberOrNull = (value) => (value === '' || value === undefined || value === null ? null : Number(value));
    const details = {
      dose: d.dose || null, frequency: d.frequency || null, reviewBy: d.reviewBy || null,
      sessions: numberOrNull(d.sessions),
    };
    if (this.chosen.flags.controlledSubstance) {
      details.opioid = d.opioid || null;
      if (d.opioid === 'FENTANYL_TRANSDERMAL') {
        details.doseMcgPerHour = numberOrNull(d.doseMcgPerHour);
      } else {
        details.doseMg = numberOrNull(d.doseMg);
        details.dosesPerDay = numberOrNull(d.dosesPerDay);
      }
    }
    return { treatmentId: this.chosen.id, details };
  }

  add(event) {
    event.preventDefault();
    this.submit('add', (etag, id) => post(path`/api/plans/${id}/activities`, this.requestBody(), { etag }), () => {
      this.chosen = null;
      this.details = {};
    });
  }

  render() {
    return html`<section class="card add-treatment" aria-labelledby="add-treatment-title">
      <h2 id="add-treatment-title">Add a treatment from the catalog</h2>
      <div class="inline-form">
        <div class="field"><label for="treatment-search">Search treatments</label>
          <input id="treatment-search" type="search" autocomplete="off" .value=${this.q}
            @input=${(e) => { this.q = e.target.value; this.searchSoon(); }}></div>
        <div class="field"><label for="treatment-category">Category</label>
          <select id="treatment-category" .value=${live(this.category)} @change=${(e) => { this.category = e.target.value; this.search(); }}>
            <option value="">All categories</option>
            ${CATEGORIES.map((category) => html`<option value=${category} ?selected=${this.category === category}>${words(category)}</option>`)}
          </select></div>
      </div>
      <p class="hint">Drugs are listed by class: an opioid such as oxycodone is “Narcotic (opioid) pain medication”,
        and its details name the drug.</p>
      ${this.problemOf('search', ['q', 'category'])}
      ${this.renderResults()}
      ${this.chosen ? this.renderDetails() : nothing}
    </section>`;
  }

  renderResults() {
    if (!this.results) {
      return html`<p class="muted" role="status">Loading the catalog…</p>`;
    }
    if (!this.results.content.length) {
      return html`<p class="muted" role="status">No published treatment matches.</p>`;
    }
    return html`<ul class="treatment-results" aria-live="polite">${this.results.content.map((treatment) => {
      const clinicianOnly = CLINICIAN_CATEGORIES.includes(treatment.category) && !this.isClinician();
      return html`<li><button type="button" class="link-button" ?disabled=${clinicianOnly}
        aria-pressed=${this.chosen?.id === treatment.id ? 'true' : 'false'} @click=${() => this.choose(treatment)}>
        ${treatment.name}</button> <span class="muted">${words(treatment.category)}${clinicianOnly ? ' — added by a clinician' : ''}</span>
        ${treatment.flags.controlledSubstance ? html`<span class="badge warning">controlled substance</span>` : nothing}</li>`;
    })}</ul>`;
  }

  renderDetails() {
    const t = this.chosen;
    const d = this.details;
    const p = this.problem('add');
    const medication = t.category === 'MEDICATION';
    const opioid = t.flags.controlledSubstance;
    const field = (name, label, type = 'text', extra = nothing) => html`<div class="field">
      <label for="detail-${name}">${label}</label>
      <input id="detail-${name}" type=${type} step=${type === 'number' ? 'any' : nothing} .value=${d[name] ?? ''}
        @input=${(e) => this.set(name, e.target.value)} aria-invalid=${invalid(p, `details.${name}`) || invalid(p, name) ? 'true' : 'false'}
        aria-describedby="detail-${name}-error">
      ${fieldError(p, `details.${name}`, `detail-${name}-error`)}${extra}</div>`;
    const mme = opioid ? dailyMme(d.opioid, Number(d.doseMg), Number(d.dosesPerDay), Number(d.doseMcgPerHour)) : null;
    return html`<form class="stacked treatment-details" @submit=${(e) => this.add(e)} novalidate>
      <h3 class="field wide" id="treatment-details-title" tabindex="-1">${t.name}</h3>
      ${medication ? html`
        ${field('dose', 'Dose (in words)')}
        ${field('frequency', 'Frequency (in words)')}
        ${field('reviewBy', 'Review by', 'date')}` : field('sessions', 'Sessions', 'number')}
      ${opioid ? html`
        <div class="field"><label for="detail-opioid">Opioid (CDC name)</label>
          <select id="detail-opioid" required .value=${live(d.opioid || '')} @change=${(e) => this.set('opioid', e.target.value)}
            aria-invalid=${invalid(p, 'details.opioid') ? 'true' : 'false'} aria-describedby="detail-opioid-error">
            <option value="" ?selected=${!d.opioid}>Choose the opioid…</option>
            ${Object.keys(MME_FACTORS).map((name) => html`<option value=${name} ?selected=${d.opioid === name}>${words(name)}</option>`)}
          </select>${fieldError(p, 'details.opioid', 'detail-opioid-error')}</div>
        ${d.opioid === 'FENTANYL_TRANSDERMAL' ? field('doseMcgPerHour', 'Patch dose (mcg/h)', 'number')
    : html`${field('doseMg', 'Dose (mg per dose)', 'number')}${field('dosesPerDay', 'Doses per day', 'number')}`}
        <p class="field wide mme-preview" role="status">This opioid: <strong>${mme === null ? '—' : `${number(mme, 1)} MME/day`}</strong>;
          plan total after adding: <strong>${mme === null ? '—' : `${number(Number(this.plan.totalDailyMme || 0) + mme, 1)} MME/day`}</strong></p>` : nothing}
      <div class="field wide">${this.problemOf('add', DETAIL_FIELDS.map((name) => (name === 'treatmentId' ? name : `details.${name}`)))}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.pending === 'add'}>Add ${t.name} to the plan</button>
          <button type="button" @click=${() => { this.chosen = null; }}>Choose another</button></div></div>
    </form>`;
  }
}
customElements.define('add-treatment', AddTreatment);
