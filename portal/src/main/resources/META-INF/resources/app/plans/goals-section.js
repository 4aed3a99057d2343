import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { path, post } from '../core/api.js';
import { date, daysFromToday, number, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { INSTRUMENTS } from './instruments.js';
import { PlanSection } from './plan-section.js';

const AIMS = ['REDUCE_PAIN', 'IMPROVE_QUALITY_OF_LIFE', 'INCREASE_FUNCTION'];
const GOAL_FIELDS = ['aim', 'measure', 'target', 'dueDate'];

/** What a goal's target says in words: "PEG at most 4", "ODI 30 % below baseline". */
export function targetWords(goal) {
  const target = goal.target;
  if (!target) {
    return 'no target';
  }
  if (target.atMost !== null && target.atMost !== undefined) {
    return `at most ${number(target.atMost, 2)}`;
  }
  const percent = target.changeFromBaselinePercent;
  return `${Math.abs(percent)} % ${percent < 0 ? 'below' : 'above'} baseline`;
}

/**
 * The plan's goals with their targets and computed achievement status, and a form to add one (a measure with a
 * target: at most a score, or a change from baseline in %). The care team adds goals.
 */
class GoalsSection extends PlanSection {
  static properties = { ...PlanSection.properties, form: { state: true } };

  constructor() {
    super();
    this.form = this.emptyForm();
  }

  emptyForm() {
    return { aim: 'REDUCE_PAIN', measure: 'PEG', targetKind: 'atMost', targetValue: '', dueDate: daysFromToday(90) };
  }

  goalBody() {
    const value = this.form.targetValue === '' ? null : Number(this.form.targetValue);
    return {
      aim: this.form.aim, measure: this.form.measure, dueDate: this.form.dueDate || null,
      target: this.form.targetKind === 'atMost' ? { atMost: value } : { changeFromBaselinePercent: value },
    };
  }

  add(event) {
    event.preventDefault();
    this.submit('goal', (etag, id) => post(path`/api/plans/${id}/goals`, this.goalBody(), { etag }), () => {
      this.form = this.emptyForm();
    });
  }

  set(name, value) {
    this.form = { ...this.form, [name]: value };
  }

  render() {
    return html`<section class="card goals" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      ${this.plan.goals.length ? html`<ul class="goal-list">${this.plan.goals.map((goal) => html`<li>
        <strong>${words(goal.aim)}</strong>: ${goal.measure} ${targetWords(goal)}${goal.dueDate ? html`, by ${date(goal.dueDate)}` : nothing}
        <span class="badge ${goal.achievementStatus === 'ACHIEVED' || goal.achievementStatus === 'SUSTAINING' ? 'ok'
    : goal.achievementStatus === 'WORSENING' || goal.achievementStatus === 'NOT_ACHIEVED' ? 'warning' : ''}">${words(goal.achievementStatus)}</span>
      </li>`)}</ul>` : html`<p class="muted">No goal yet: a plan needs a measurable goal before it is activated.</p>`}
      ${this.isOpen() ? this.renderForm() : nothing}
    </section>`;
  }

  renderForm() {
    const p = this.problem('goal');
    const f = this.form;
    return html`<form class="stacked goal-form" @submit=${this.add} novalidate aria-label="Add a goal">
      <div class="field"><label for="goal-aim">Aim</label>
        <select id="goal-aim" .value=${live(f.aim)} @change=${(e) => this.set('aim', e.target.value)}
          aria-invalid=${invalid(p, 'aim') ? 'true' : 'false'} aria-describedby="goal-aim-error">
          ${AIMS.map((aim) => html`<option value=${aim} ?selected=${f.aim === aim}>${words(aim)}</option>`)}
        </select>${fieldError(p, 'aim', 'goal-aim-error')}</div>
      <div class="field"><label for="goal-measure">Measure</label>
        <select id="goal-measure" .value=${live(f.measure)} @change=${(e) => this.set('measure', e.target.value)}
          aria-invalid=${invalid(p, 'measure') ? 'true' : 'false'} aria-describedby="goal-measure-error">
          ${Object.entries(INSTRUMENTS).map(([key, instrument]) => html`<option value=${key} ?selected=${f.measure === key}>${key} — ${instrument.name}</option>`)}
        </select>${fieldError(p, 'measure', 'goal-measure-error')}</div>
      <div class="field"><label for="goal-target-kind">Target kind</label>
        <select id="goal-target-kind" .value=${live(f.targetKind)} @change=${(e) => this.set('targetKind', e.target.value)}>
          <option value="atMost" ?selected=${f.targetKind === 'atMost'}>Score at most</option>
          <option value="changeFromBaselinePercent" ?selected=${f.targetKind !== 'atMost'}>Change from baseline (%)</option>
        </select></div>
      <div class="field"><label for="goal-target">${f.targetKind === 'atMost' ? 'Target score (at most)' : 'Target change from baseline in % (e.g. −30)'}</label>
        <input id="goal-target" type="number" step="any" .value=${f.targetValue} @input=${(e) => this.set('targetValue', e.target.value)}
          aria-invalid=${invalid(p, 'target') ? 'true' : 'false'} aria-describedby="goal-target-error">
        ${fieldError(p, 'target', 'goal-target-error')}</div>
      <div class="field"><label for="goal-due">Due date</label>
        <input id="goal-due" type="date" .value=${f.dueDate} @input=${(e) => this.set('dueDate', e.target.value)}
          aria-invalid=${invalid(p, 'dueDate') ? 'true' : 'false'} aria-describedby="goal-due-error">
        ${fieldError(p, 'dueDate', 'goal-due-error')}</div>
      <div class="field wide">${this.problemOf('goal', GOAL_FIELDS)}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.pending === 'goal'}>Add goal</button></div></div>
    </form>`;
  }
}
customElements.define('goals-section', GoalsSection);
