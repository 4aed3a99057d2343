import { html, nothing } from 'lit';
import { path, post } from '../core/api.js';
import { fieldError, invalid } from '../ui/problems.js';
import { PlanSection } from './plan-section.js';

/** FHIR CarePlan status steps, each from the statuses the server allows it in (plan-service `PlanAction`). */
const STEPS = [
  { action: 'activate', label: 'Activate plan', from: ['DRAFT'] },
  { action: 'hold', label: 'Put on hold', from: ['ACTIVE'] },
  { action: 'resume', label: 'Resume', from: ['ON_HOLD'] },
  { action: 'complete', label: 'Complete plan', from: ['ACTIVE'], final: 'Completing ends every activity: those not begun are cancelled, those under way completed.' },
  { action: 'revoke', label: 'Revoke plan', from: ['DRAFT', 'ACTIVE', 'ON_HOLD'], danger: true, final: 'Revoking cancels the activities not begun and stops those under way.' },
];

/**
 * The plan's status steps (clinicians only). A step the safety engine blocks answers with the blocking findings in the
 * rules' words; nothing changes.
 */
class PlanStatus extends PlanSection {
  static properties = { ...PlanSection.properties, confirming: { state: true }, physician: { state: true } };

  constructor() {
    super();
    this.physician = '';
  }

  handOver(event) {
    event.preventDefault();
    this.submit('physician', (etag, id) => post(path`/api/plans/${id}/treating-physician`,
      { treatingPhysician: this.physician.trim() }, { etag }), () => {
      this.physician = '';
    });
  }

  step(step) {
    this.confirming = null;
    this.submit('status', (etag, id) => post(path`/api/plans/${id}/${step.action}`, undefined, { etag }));
  }

  render() {
    if (!this.isClinician()) {
      return nothing;
    }
    const steps = STEPS.filter((step) => step.from.includes(this.plan.status));
    if (!steps.length) {
      return html`<p class="muted">This plan has ended (${this.plan.status.toLowerCase()}); it can no longer change status.</p>`;
    }
    return html`<div class="actions plan-steps" role="group" aria-label="Plan status">
      ${steps.map((step) => html`<button type="button" class=${step.danger ? 'danger' : 'primary'}
        ?disabled=${this.pending === 'status'}
        @click=${() => (step.final ? (this.confirming = step) : this.step(step))}>
        ${step.label}</button>`)}
    </div>
    <details class="hand-over"><summary>Hand the plan to another clinician</summary>
      <form class="inline-form" @submit=${(event) => this.handOver(event)}>
        <div class="field"><label for="plan-new-physician">New treating physician (the clinician's user name)</label>
          <input id="plan-new-physician" autocomplete="off" .value=${this.physician}
            aria-invalid=${invalid(this.problem('physician'), 'treatingPhysician') ? 'true' : 'false'}
            aria-describedby="plan-new-physician-error"
            @input=${(event) => { this.physician = event.target.value; }}>
          ${fieldError(this.problem('physician'), 'treatingPhysician', 'plan-new-physician-error')}</div>
        <button type="submit" ?disabled=${this.pending === 'physician'}>Hand over</button>
      </form>${this.problemOf('physician', ['treatingPhysician'])}
    </details>
    ${this.confirming ? html`<div class="notice" role="alertdialog" aria-labelledby="confirm-step">
      <p id="confirm-step"><strong>${this.confirming.label}?</strong> ${this.confirming.final} It cannot be undone.</p>
      <div class="actions"><button type="button" class="danger" @click=${() => this.step(this.confirming)}>
        Yes, ${this.confirming.label.toLowerCase()}</button>
        <button type="button" @click=${() => { this.confirming = null; }}>Keep the plan as it is</button></div>
    </div>` : nothing}
    ${this.problemOf('status')}`;
  }
}
customElements.define('plan-status', PlanStatus);
