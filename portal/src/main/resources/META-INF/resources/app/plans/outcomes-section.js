import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { path, post } from '../core/api.js';
import { number } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { INSTRUMENTS, itemProblem, previewScore } from './instruments.js';
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
  static properties = {
    ...PlanSection.properties, measure: { state: true }, items: { state: true }, texts: { state: true },
    recordedAt: { state: true },
  };

  constructor() {
    super();
    this.chooseMeasure('PEG');
    this.recordedAt = ''; // empty: "now", taken when the result is sent
  }

  chooseMeasure(measure) {
    this.measure = measure;
    this.texts = INSTRUMENTS[measure].items.map(() => '');
    this.items = this.texts.map(() => null);
  }

  setItem(index, text) {
    const texts = [...this.texts];
    texts[index] = text;
    this.texts = texts;
    // Only a whole number in the item's range is an answer; anything else is shown as a problem, not scored.
    this.items = texts.map((value) => (value === '' || itemProblem(this.measure, value) ? null : Number(value)));
  }

  outcomeBody() {
    return {
      measure: this.measure, items: this.items,
      recordedAt: new Date(this.recordedAt || localNow()).toISOString(),
    };
  }

  record(event) {
    event.preventDefault();
    if (this.texts.some((text) => itemProblem(this.measure, text))) {
      return;
    }
    this.submit('outcome', (etag, id) => post(path`/api/plans/${id}/outcomes`, this.outcomeBody(), { etag }), () => {
      this.chooseMeasure(this.measure);
      this.recordedAt = '';
    });
  }

  render() {
    const measures = Object.keys(INSTRUMENTS).filter((measure) => this.plan.outcomes.some((o) => o.measure === measure)
      || this.plan.goals.some((goal) => goal.measure === measure));
    return html`<section class="card outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">Outcomes</h2>
      ${this.isOpen() ? this.renderForm() : nothing}
      <div class="columns">${repeat(measures, (measure) => measure, (measure) => html`<outcome-chart .measure=${measure}
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
          <select id="outcome-measure" .value=${live(this.measure)} @change=${(e) => this.chooseMeasure(e.target.value)}>
            ${Object.entries(INSTRUMENTS).map(([key, value]) => html`<option value=${key} ?selected=${key === this.measure}>${key} — ${value.name}</option>`)}
          </select></div>
        <div class="field"><label for="outcome-recorded">Recorded at</label>
          <input id="outcome-recorded" type="datetime-local" .value=${this.recordedAt} @input=${(e) => { this.recordedAt = e.target.value; }}
            aria-invalid=${invalid(p, 'recordedAt') ? 'true' : 'false'} aria-describedby="outcome-recorded-hint outcome-recorded-error">
          <p class="hint" id="outcome-recorded-hint">Empty: now, when you record it.</p>
          ${fieldError(p, 'recordedAt', 'outcome-recorded-error')}</div>
      </div>
      <fieldset><legend>${instrument.name}: items ${instrument.skippable ? '(a section may be left empty)' : ''}</legend>
        ${instrument.hint ? html`<p class="hint" id="outcome-hint">${instrument.hint}</p>` : nothing}
        <div class="form-grid">${instrument.items.map((label, index) => html`<div class="field">
          <label for="item-${index}">${index + 1}. ${label}</label>
          <input id="item-${index}" type="number" inputmode="numeric" min="0" max=${instrument.max} step="1"
            .value=${live(this.texts[index])} @input=${(e) => this.setItem(index, e.target.value)}
            aria-invalid=${itemProblem(this.measure, this.texts[index]) ? 'true' : 'false'}
            aria-describedby="item-${index}-error${instrument.hint ? ' outcome-hint' : ''}">
          ${itemProblem(this.measure, this.texts[index]) ? html`<p class="field-error" id="item-${index}-error">${itemProblem(this.measure, this.texts[index])}</p>` : nothing}
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
