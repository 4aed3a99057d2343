import { html, nothing } from 'lit';
import { path, post } from '../core/api.js';
import { PlanSection } from './plan-section.js';

/** FHIR CarePlan status steps, each from the statuses the server allows it in (plan-service `PlanAction`). */
const STEPS = [
  { action: 'activate', label: 'Activate plan', from: ['DRAFT'] },
  { action: 'hold', label: 'Put on hold', from: ['ACTIVE'] },
  { action: 'resume', label: 'Resume', from: ['ON_HOLD'] },
  { action: 'complete', label: 'Complete plan', from: ['ACTIVE'] },
  { action: 'revoke', label: 'Revoke plan', from: ['DRAFT', 'ACTIVE', 'ON_HOLD'], danger: true },
];

/**
 * The plan's status steps (clinicians only). A step the safety engine blocks answers with the blocking findings in the
 * rules' words; nothing changes.
 */
class PlanStatus extends PlanSection {
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
        @click=${() => this.submit('status', (etag, id) => post(path`/api/plans/${id}/${step.action}`, undefined, { etag }))}>
        ${step.label}</button>`)}
    </div>
    ${this.problemOf('status')}`;
  }
}
customElements.define('plan-status', PlanStatus);
