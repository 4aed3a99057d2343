import { html, nothing } from 'lit';
import { get, path } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { busy } from '../ui/busy.js';
import { words } from '../ui/format.js';
import '../ui/problems.js';
import './plan-status.js';
import './safety-panel.js';
import './goals-section.js';
import './template-apply.js';
import './activities-section.js';
import './add-treatment.js';
import './outcomes-section.js';
import './referral-requests.js';

/** How often an open plan asks whether it changed (a conditional GET: an unchanged plan costs a 304 and no audit). */
const POLL_MILLIS = 4000;

/**
 * The plan editor: one care plan with its status, safety findings and daily MME, goals, activities, outcomes with
 * their charts, and referral requests. The plan is re-read after every change and, while the page is open and
 * visible, whenever someone else (or a partner's report) changed it — no manual reload.
 */
class PlanPage extends PortalElement {
  static properties = {
    planId: { attribute: false },
    user: { attribute: false },
    plan: { state: true },
    patient: { state: true },
    problem: { state: true },
  };

  constructor() {
    super();
    this.plan = null;
    this.etag = null;
    this.patient = null;
    this.problem = null;
    this.timer = 0;
    this.changes = {
      run: (request) => this.run(request),
      reload: () => this.load(),
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.load().then(() => this.loadPatient());
    this.timer = setInterval(() => this.poll(), POLL_MILLIS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  async load() {
    try {
      const { body, etag } = await get(path`/api/plans/${this.planId}`);
      this.plan = body;
      this.etag = etag;
      this.problem = null;
    } catch (problem) {
      this.problem = problem;
    }
  }

  async loadPatient() {
    if (this.plan) {
      try {
        this.patient = (await get(path`/api/patients/${this.plan.patientId}`)).body;
      } catch {
        this.patient = null;
      }
    }
  }

  async poll() {
    if (document.hidden || !this.etag) {
      return;
    }
    try {
      const answer = await get(path`/api/plans/${this.planId}`, { ifNoneMatch: this.etag });
      // A poll sent before a change may answer after the change's own read: never go back to an older plan.
      if (answer.status === 200 && answer.body.revision > this.plan.revision) {
        this.plan = answer.body;
        this.etag = answer.etag;
      }
    } catch {
      // The next poll tries again; a session that ended is shown by the app shell.
    }
  }

  /** Sends a change with the current ETag, then shows the plan as it now is. Throws the change's problem. */
  async run(request) {
    await request(this.etag, this.planId);
    await this.load();
  }

  render() {
    if (this.problem && !this.plan) {
      return html`<h1 tabindex="-1">Care plan</h1><problem-alert .problem=${this.problem}></problem-alert>`;
    }
    if (!this.plan) {
      return html`<h1 tabindex="-1">Care plan</h1>${busy('Loading the plan…')}`;
    }
    const plan = this.plan;
    return html`
      <p><a href="#/patients/${encodeURIComponent(plan.patientId)}">← ${this.patient
    ? `${this.patient.givenName} ${this.patient.familyName}` : 'Patient'}</a></p>
      <h1 tabindex="-1">${plan.title} <span class="badge plan-status">${words(plan.status)}</span></h1>
      <p class="muted">Treating physician <strong>${plan.treatingPhysician}</strong>${this.patient
    ? html` · patient ${this.patient.givenName} ${this.patient.familyName}, MRN ${this.patient.mrn}` : nothing}</p>
      <plan-status .plan=${plan} .user=${this.user} .changes=${this.changes}></plan-status>
      <safety-panel .plan=${plan} .user=${this.user} .changes=${this.changes}></safety-panel>
      <div class="columns">
        <goals-section .plan=${plan} .user=${this.user} .changes=${this.changes}></goals-section>
        ${['COMPLETED', 'REVOKED'].includes(plan.status) ? ''
    : html`<template-apply .plan=${plan} .user=${this.user} .changes=${this.changes}></template-apply>`}
      </div>
      <activities-section .plan=${plan} .user=${this.user} .changes=${this.changes}></activities-section>
      ${['COMPLETED', 'REVOKED'].includes(plan.status) ? ''
    : html`<add-treatment .plan=${plan} .user=${this.user} .changes=${this.changes}></add-treatment>`}
      <outcomes-section .plan=${plan} .user=${this.user} .changes=${this.changes}></outcomes-section>
      <referral-requests .plan=${plan} .user=${this.user} .changes=${this.changes}></referral-requests>`;
  }
}
customElements.define('plan-page', PlanPage);
