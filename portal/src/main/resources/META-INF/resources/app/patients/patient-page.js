import { html, nothing } from 'lit';
import { get, path, post, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { CARE_TEAM, mayUse, Roles } from '../core/session.js';
import { busy, skeleton } from '../ui/busy.js';
import { date, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import './access-log.js';

const PLAN_FIELDS = ['title', 'treatingPhysician'];

/**
 * One patient: who they are, their care plans (the care team), a form to draft a new plan, and the access log
 * (clinicians and clinic admins).
 */
class PatientPage extends PortalElement {
  static properties = {
    patientId: { attribute: false },
    user: { attribute: false },
    patient: { state: true },
    plans: { state: true },
    problem: { state: true },
    form: { state: true },
    planProblem: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.patient = null;
    this.plans = null;
    this.problem = null;
    this.planProblem = null;
    this.saving = false;
    this.form = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.form = {
      title: 'Chronic low back pain',
      treatingPhysician: this.user.roles.includes(Roles.CLINICIAN) ? this.user.username : '',
    };
    this.load();
  }

  async load() {
    try {
      this.patient = (await get(path`/api/patients/${this.patientId}`)).body;
      if (mayUse(this.user, CARE_TEAM)) {
        this.plans = (await get(`/api/plans${query({ patientId: this.patientId, size: 50, sort: 'createdAt,desc' })}`)).body;
      }
    } catch (problem) {
      this.problem = problem;
    }
  }

  async createPlan(event) {
    event.preventDefault();
    this.saving = true;
    try {
      const { body } = await post('/api/plans', { patientId: this.patientId, ...this.form });
      navigate(`#/plans/${encodeURIComponent(body.id)}`);
    } catch (problem) {
      this.planProblem = problem;
    }
    this.saving = false;
  }

  render() {
    if (this.problem) {
      return html`<h1 tabindex="-1">Patient</h1><problem-alert .problem=${this.problem}></problem-alert>
        <p><a href="#/patients">Back to patients</a></p>`;
    }
    if (!this.patient) {
      return html`<h1 tabindex="-1">Patient</h1>${busy('Loading the patient…')}`;
    }
    const p = this.patient;
    return html`
      <p><a href="#/patients">← Patients</a></p>
      <h1 tabindex="-1">${p.givenName} ${p.familyName}</h1>
      <p>MRN <strong>${p.mrn}</strong> · born ${date(p.birthDate)}</p>
      ${mayUse(this.user, CARE_TEAM) ? this.renderPlans() : nothing}
      ${mayUse(this.user, CARE_TEAM) ? this.renderNewPlan() : nothing}
      ${mayUse(this.user, [Roles.CLINICIAN, Roles.CLINIC_ADMIN])
    ? html`<access-log .patientId=${this.patientId}></access-log>` : nothing}`;
  }

  renderPlans() {
    return html`<section class="card" aria-labelledby="plans-title">
      <h2 id="plans-title">Care plans</h2>
      ${!this.plans ? skeleton(2) : this.plans.content.length === 0
    ? html`<p class="muted">No plan yet.</p>`
    : html`<ul class="plan-list">${this.plans.content.map((plan) => html`<li>
          <a href="#/plans/${encodeURIComponent(plan.id)}">${plan.title}</a>
          <span class="badge">${words(plan.status)}</span>
          <span class="muted">treating physician ${plan.treatingPhysician}</span></li>`)}</ul>`}
    </section>`;
  }

  renderNewPlan() {
    const p = this.planProblem;
    return html`<section class="card" aria-labelledby="new-plan-title">
      <h2 id="new-plan-title">Draft a new plan</h2>
      <form class="stacked" @submit=${this.createPlan} novalidate>
        <div class="field">
          <label for="plan-title">Title</label>
          <input id="plan-title" required .value=${this.form.title} aria-invalid=${invalid(p, 'title') ? 'true' : 'false'}
            aria-describedby="plan-title-error" @input=${(e) => { this.form = { ...this.form, title: e.target.value }; }}>
          ${fieldError(p, 'title', 'plan-title-error')}
        </div>
        <div class="field">
          <label for="plan-physician">Treating physician (a clinician's user name)</label>
          <input id="plan-physician" required .value=${this.form.treatingPhysician} autocomplete="off"
            aria-invalid=${invalid(p, 'treatingPhysician') ? 'true' : 'false'} aria-describedby="plan-physician-error plan-physician-hint"
            @input=${(e) => { this.form = { ...this.form, treatingPhysician: e.target.value }; }}>
          <p class="hint" id="plan-physician-hint">The user name the clinician logs in with.</p>
          ${fieldError(p, 'treatingPhysician', 'plan-physician-error')}
        </div>
        <div class="field wide"><problem-alert .problem=${p} .fields=${PLAN_FIELDS}></problem-alert>
          <div class="actions"><button class="primary" type="submit" ?disabled=${this.saving}>Draft plan</button></div></div>
      </form>
    </section>`;
  }
}
customElements.define('patient-page', PatientPage);
