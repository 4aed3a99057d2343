import { html, nothing } from 'lit';
import { path, post } from '../core/api.js';
import { number } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { INSTRUMENTS, previewScore } from './instruments.js';
import { PlanSection } from './plan-section.js';
import './outcome-chart.js';

function localNow() {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/**
 * Outcome scores: entry item by item for NRS, PEG, ODI, PHQ-9 and GAD-7 with the score shown as it is typed (the
 * server's score is what is saved), an alert when PHQ-9 item 9 is above 0, and a chart per measure over time.
 */
class OutcomesSection extends PlanSection {
  static properties = { ...PlanSection.properties, measure: { state: true }, items: { state: true }, recordedAt: { state: true } };

  constructor() {
    super();
    this.chooseMeasure('PEG');
    this.recordedAt = localNow();
  }

  chooseMeasure(measure) {
    this.measure = measure;
    this.items = INSTRUMENTS[measure].items.map(() => null);
  }

  setItem(index, text) {
    const items = [...this.items];
    items[index] = text === '' ? null : Number(text);
    this.items = items;
  }

  record(event) {
    event.preventDefault();
    const body = { measure: this.measure, items: this.items, recordedAt: this.recordedAt ? new Date(this.recordedAt).toISOString() : null };
    this.submit('outcome', (etag, id) => post(path`/api/plans/${id}/outcomes`, body, { etag }), () => {
      this.chooseMeasure(this.measure);
      this.recordedAt = localNow();
    });
  }

  render() {
    const measures = Object.keys(INSTRUMENTS).filter((measure) => this.plan.outcomes.some((o) => o.measure === measure)
      || this.plan.goals.some((goal) => goal.measure === measure));
    return html`<section class="card outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes</h2>
      ${this.renderForm()}
      <div class="columns">${measures.map((measure) => html`<outcome-chart .measure=${measure}
        .outcomes=${this.plan.outcomes.filter((o) => o.measure === measure)}
        .goals=${this.plan.goals.filter((goal) => goal.measure === measure)}></outcome-chart>`)}</div>
      ${this.renderAlerts()}
    </section>`;
  }

  renderAlerts() {
    const alerted = this.plan.outcomes.filter((outcome) => outcome.alerts?.length);
    return alerted.length ? html`<div class="problem" role="note">${alerted.map((outcome) => outcome.alerts.map((alert) => html`<p>${alert}</p>`))}</div>` : nothing;
  }

  renderForm() {
    const instrument = INSTRUMENTS[this.measure];
    const preview = previewScore(this.measure, this.items);
    const p = this.problem('outcome');
    return html`<form class="outcome-form" @submit=${(e) => this.record(e)} novalidate aria-label="Record an outcome">
      <div class="inline-form">
        <div class="field"><label for="outcome-measure">Measure</label>
          <select id="outcome-measure" @change=${(e) => this.chooseMeasure(e.target.value)}>
            ${Object.entries(INSTRUMENTS).map(([key, value]) => html`<option value=${key} ?selected=${key === this.measure}>${key} — ${value.name}</option>`)}
          </select></div>
        <div class="field"><label for="outcome-recorded">Recorded at</label>
          <input id="outcome-recorded" type="datetime-local" .value=${this.recordedAt} @input=${(e) => { this.recordedAt = e.target.value; }}
            aria-invalid=${invalid(p, 'recordedAt') ? 'true' : 'false'} aria-describedby="outcome-recorded-error">
          ${fieldError(p, 'recordedAt', 'outcome-recorded-error')}</div>
      </div>
      <fieldset><legend>${instrument.name}: items ${instrument.skippable ? '(a section may be left empty)' : ''}</legend>
        ${instrument.hint ? html`<p class="hint" id="outcome-hint">${instrument.hint}</p>` : nothing}
        <div class="form-grid">${instrument.items.map((label, index) => html`<div class="field">
          <label for="item-${index}">${index + 1}. ${label}</label>
          <input id="item-${index}" type="number" inputmode="numeric" min="0" max=${instrument.max} step="1"
            .value=${this.items[index] ?? ''} @input=${(e) => this.setItem(index, e.target.value)}
            aria-describedby=${instrument.hint ? 'outcome-hint' : nothing}>
        </div>`)}</div>
      </fieldset>
      <p class="score-preview" role="status" aria-live="polite">Score as typed: <strong class="score-value">${preview.score === null ? '—'
    : `${number(preview.score, 2)}${instrument.unit === '%' ? ' %' : ''}`}</strong>${preview.band ? html` (${preview.band})` : nothing}
        ${preview.alert ? html`<span class="badge block">Item 9 above 0: follow up on the patient's safety</span>` : nothing}</p>
      ${this.problemOf('outcome', ['recordedAt'])}
      <div class="actions"><button type="submit" class="primary" ?disabled=${this.pending === 'outcome'}>Record ${this.measure} result</button></div>
    </form>`;
  }
}
customElements.define('outcomes-section', OutcomesSection);
