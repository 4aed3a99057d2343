import { html, nothing } from 'lit';
import { del, get, path } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { mayUse, Roles } from '../core/session.js';
import { busy } from '../ui/busy.js';
import { words } from '../ui/format.js';
import '../ui/problems.js';
import { flagsSet, treatmentsById } from './catalog-words.js';
import { days, measureName, targetWords } from './template-words.js';

/**
 * One plan template: its activities (each treatment by name, with dose, frequency, review interval and sessions), its
 * goals (aim, measure, target, due) and its referrals. The clinic admin may edit or delete it; deleting sends the ETag
 * read, and a stale one offers to reload and re-apply.
 */
class TemplatePage extends PortalElement {
  static properties = {
    templateId: { attribute: false },
    user: { attribute: false },
    template: { state: true },
    treatments: { state: true },
    problem: { state: true },
    deleteProblem: { state: true },
    confirming: { state: true },
    deleting: { state: true },
  };

  constructor() {
    super();
    this.template = null;
    this.treatments = new Map();
    this.problem = null;
    this.deleteProblem = null;
    this.confirming = false;
    this.deleting = false;
    this.etag = null;
  }

  get curator() {
    return mayUse(this.user, [Roles.CLINIC_ADMIN]);
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      await this.read();
    } catch (problem) {
      this.problem = problem;
      return;
    }
    this.treatments = await treatmentsById(this.template.activities.map((activity) => activity.treatmentId));
  }

  async read() {
    const { body, etag } = await get(path`/api/plan-templates/${this.templateId}`);
    this.template = body;
    this.etag = etag;
  }

  async deleteTemplate(fresh = false) {
    this.deleting = true;
    try {
      if (fresh) {
        await this.read();
      }
      await del(path`/api/plan-templates/${this.templateId}`, { etag: this.etag });
      navigate('#/templates');
    } catch (problem) {
      this.deleteProblem = problem;
    }
    this.deleting = false;
  }

  render() {
    if (this.problem) {
      return html`<p><a href="#/templates">← Plan templates</a></p><h1 tabindex="-1">Plan template</h1>
        <problem-alert .problem=${this.problem}></problem-alert>`;
    }
    if (!this.template) {
      return html`<h1 tabindex="-1">Plan template</h1>${busy('Loading the template…')}`;
    }
    const t = this.template;
    return html`
      <p><a href="#/templates">← Plan templates</a></p>
      <div class="catalog-heading"><h1 tabindex="-1">${t.name}</h1><code class="muted">${t.id}</code></div>
      ${t.description ? html`<p class="template-description">${t.description}</p>` : nothing}
      ${this.curator ? this.renderCuration() : nothing}
      ${this.renderActivities()}
      <div class="columns">${this.renderGoals()}${this.renderReferrals()}</div>`;
  }

  renderCuration() {
    return html`<div class="actions">
        <a class="button" href="#/templates/${encodeURIComponent(this.template.id)}/edit">Edit</a>
        ${this.confirming ? nothing : html`<button type="button" class="danger"
          @click=${() => { this.confirming = true; }}>Delete</button>`}
      </div>
      ${this.confirming ? html`<div class="notice" role="group" aria-labelledby="delete-question">
        <p id="delete-question">Delete the template “${this.template.name}”? Plans it was applied to keep what it added.</p>
        <div class="actions">
          <button type="button" class="danger" ?disabled=${this.deleting} @click=${() => this.deleteTemplate()}>
            ${this.deleting ? 'Deleting…' : 'Yes, delete it'}</button>
          <button type="button" @click=${() => { this.confirming = false; }}>Cancel</button>
        </div>
      </div>` : nothing}
      <problem-alert .problem=${this.deleteProblem} @reapply=${() => this.deleteTemplate(true)}></problem-alert>`;
  }

  renderActivities() {
    const activities = this.template.activities;
    return html`<section class="card" aria-labelledby="activities-title">
      <h2 id="activities-title">Activities</h2>
      ${activities.length ? html`<div class="table-scroll"><table>
        <thead><tr><th scope="col">Treatment</th><th scope="col">Dose</th><th scope="col">Frequency</th>
          <th scope="col">Review after</th><th scope="col">Sessions</th></tr></thead>
        <tbody>${activities.map((activity) => {
    const treatment = this.treatments.get(activity.treatmentId);
    return html`<tr>
          <td><a href="#/catalog/${encodeURIComponent(activity.treatmentId)}">${treatment ? treatment.name : activity.treatmentId}</a>
            ${treatment && flagsSet(treatment).length ? html`<br><span class="muted">${flagsSet(treatment).map((f) => f.label.toLowerCase()).join(', ')}</span>` : nothing}</td>
          <td>${activity.dose || html`<span class="muted">—</span>`}</td>
          <td>${activity.frequency || html`<span class="muted">—</span>`}</td>
          <td>${days(activity.reviewAfterDays) || html`<span class="muted">—</span>`}</td>
          <td>${activity.sessions ?? html`<span class="muted">—</span>`}</td>
        </tr>`;
  })}</tbody></table></div>` : html`<p class="muted">No activity.</p>`}
    </section>`;
  }

  renderGoals() {
    const goals = this.template.goals;
    return html`<section class="card" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      ${goals.length ? html`<ul class="template-goals">${goals.map((goal) => html`<li>
        <strong>${words(goal.aim)}</strong>: ${measureName(goal.measure)} ${targetWords(goal.measure, goal.target)}${goal.dueInDays
    ? html`, due ${days(goal.dueInDays)} after applying` : nothing}</li>`)}</ul>` : html`<p class="muted">No goal.</p>`}
    </section>`;
  }

  renderReferrals() {
    const referrals = this.template.referrals;
    return html`<section class="card" aria-labelledby="referrals-title">
      <h2 id="referrals-title">Referrals</h2>
      ${referrals.length ? html`<ul class="template-referrals">${referrals.map((referral) => html`<li>
        <strong>${words(referral.specialty)}</strong> <span class=${referral.priority === 'URGENT' ? 'badge warning' : 'badge'}>${words(referral.priority)}</span>
        <br>${referral.reason}</li>`)}</ul>` : html`<p class="muted">No referral.</p>`}
    </section>`;
  }
}
customElements.define('template-page', TemplatePage);
