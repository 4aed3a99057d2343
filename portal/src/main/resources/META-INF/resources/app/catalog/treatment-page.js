import { html, nothing } from 'lit';
import { get, path, post } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { mayUse, Roles } from '../core/session.js';
import { busy, skeleton } from '../ui/busy.js';
import { words } from '../ui/format.js';
import '../ui/problems.js';
import {
  FLAGS, allRules, forgetTreatment, severityBadge, severityMeaning, sideMatches, statusBadge, treatmentsById,
} from './catalog-words.js';

const STEPS = {
  publish: { label: 'Publish', doing: 'Publishing…', done: 'Published: care plans can now use it.' },
  retire: { label: 'Retire', doing: 'Retiring…', done: 'Retired: new care plans can no longer add it.' },
};

/**
 * One treatment, for all staff: every attribute, its safety flags in words, its side effects and the interaction rules
 * that name it (by id or by its kind), each with its severity and the rule's words. The clinic admin may edit it
 * (unless retired), publish a draft and retire a published one; each step sends the ETag read, and a stale one offers
 * to reload and re-apply.
 */
class TreatmentPage extends PortalElement {
  static properties = {
    treatmentId: { attribute: false },
    user: { attribute: false },
    treatment: { state: true },
    etag: { state: true },
    rules: { state: true },
    others: { state: true },
    problem: { state: true },
    stepProblem: { state: true },
    rulesProblem: { state: true },
    pending: { state: true },
    confirming: { state: true },
    message: { state: true },
  };

  constructor() {
    super();
    this.treatment = null;
    this.rules = null;
    this.others = new Map();
    this.problem = null;
    this.stepProblem = null;
    this.rulesProblem = null;
    this.pending = '';
    this.confirming = false;
    this.message = '';
    this.lastStep = null;
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
      await this.readTreatment();
    } catch (problem) {
      this.problem = problem;
      return;
    }
    this.loadRules();
  }

  async readTreatment() {
    const { body, etag } = await get(path`/api/catalog/treatments/${this.treatmentId}`);
    this.treatment = body;
    this.etag = etag;
  }

  async loadRules() {
    try {
      const { rules } = await allRules();
      const mine = rules.filter((rule) => sideMatches(rule.a, this.treatment) || sideMatches(rule.b, this.treatment));
      this.others = await treatmentsById(mine.flatMap((rule) => [rule.a.treatmentId, rule.b.treatmentId]));
      this.rules = mine;
      this.rulesProblem = null;
    } catch (problem) {
      this.rulesProblem = problem;
    }
  }

  /** Publishes or retires with the ETag read; `fresh` re-reads first (the re-apply after a stale ETag). */
  async step(action, fresh = false) {
    this.pending = action;
    this.message = '';
    try {
      if (fresh) {
        await this.readTreatment();
      }
      const { body, etag } = await post(path`/api/catalog/treatments/${this.treatmentId}/${action}`, undefined,
        { etag: this.etag });
      this.treatment = body;
      this.etag = etag;
      this.stepProblem = null;
      this.lastStep = null;
      this.message = STEPS[action].done;
      forgetTreatment(this.treatmentId);
    } catch (problem) {
      this.stepProblem = problem;
      this.lastStep = action;
    }
    this.pending = '';
    this.confirming = false;
  }

  reapply() {
    if (this.lastStep) {
      this.step(this.lastStep, true);
    }
  }

  render() {
    if (this.problem) {
      return html`<p><a href="#/catalog">← Treatment catalog</a></p><h1 tabindex="-1">Treatment</h1>
        <problem-alert .problem=${this.problem}></problem-alert>`;
    }
    if (!this.treatment) {
      return html`<h1 tabindex="-1">Treatment</h1>${busy('Loading the treatment…')}`;
    }
    const t = this.treatment;
    return html`
      <p><a href="#/catalog">← Treatment catalog</a></p>
      <div class="catalog-heading">
        <h1 tabindex="-1">${t.name}</h1>
        <span class=${statusBadge(t.status)}>${words(t.status)}</span>
      </div>
      ${this.curator ? this.renderCuration() : nothing}
      <div class="columns">
        ${this.renderAttributes()}
        ${this.renderFlags()}
      </div>
      ${this.renderSideEffects()}
      ${this.renderRules()}`;
  }

  renderCuration() {
    const t = this.treatment;
    return html`<section class="card curation" aria-label="Curate this treatment">
      <div class="actions">
        ${t.status !== 'RETIRED' ? html`<a class="button" href="#/catalog/${encodeURIComponent(t.id)}/edit">Edit</a>` : nothing}
        ${t.status === 'DRAFT' ? html`<button type="button" class="primary" ?disabled=${Boolean(this.pending)}
          @click=${() => this.step('publish')}>${this.pending === 'publish' ? STEPS.publish.doing : 'Publish'}</button>` : nothing}
        ${t.status === 'PUBLISHED' && !this.confirming ? html`<button type="button" class="danger"
          ?disabled=${Boolean(this.pending)} @click=${() => { this.confirming = true; }}>Retire</button>` : nothing}
        <a class="button" href="#/interaction-rules?with=${encodeURIComponent(t.id)}">Add an interaction rule</a>
      </div>
      ${this.confirming ? html`<div class="notice" role="group" aria-labelledby="retire-question">
        <p id="retire-question">Retire “${t.name}”? Plans that already hold it keep it, but no new plan can add it, and a
          retired treatment cannot be edited or published again.</p>
        <div class="actions">
          <button type="button" class="danger" ?disabled=${Boolean(this.pending)} @click=${() => this.step('retire')}>
            ${this.pending === 'retire' ? STEPS.retire.doing : 'Yes, retire it'}</button>
          <button type="button" @click=${() => { this.confirming = false; }}>Cancel</button>
        </div>
      </div>` : nothing}
      ${t.status === 'RETIRED' ? html`<p class="muted">A retired treatment is kept for the plans that hold it; it cannot
        be changed.</p>` : nothing}
      <p role="status" class="step-message">${this.message}</p>
      <problem-alert .problem=${this.stepProblem} @reapply=${this.reapply}></problem-alert>
    </section>`;
  }

  renderAttributes() {
    const t = this.treatment;
    return html`<section class="card" aria-labelledby="attributes-title">
      <h2 id="attributes-title">About this treatment</h2>
      ${t.description ? html`<p class="treatment-description">${t.description}</p>` : html`<p class="muted">No description.</p>`}
      <dl class="attributes">
        <dt>Id</dt><dd><code>${t.id}</code></dd>
        <dt>Category</dt><dd>${words(t.category)}</dd>
        <dt>Kind</dt><dd><code>${t.kind}</code></dd>
        <dt>Mode</dt><dd>${words(t.mode)} ${t.mode === 'ACTIVE'
    ? html`<span class="muted">(the patient takes part and may continue alone)</span>`
    : html`<span class="muted">(done to the patient)</span>`}</dd>
        <dt>Invasiveness</dt><dd>${words(t.invasiveness)}</dd>
        <dt>Delivered by</dt><dd>${t.deliveredBy.length ? t.deliveredBy.map(words).join(', ') : html`<span class="muted">not set</span>`}</dd>
        <dt>Status</dt><dd>${words(t.status)}${t.version ? `, published version ${t.version}` : ', never published'}</dd>
      </dl>
    </section>`;
  }

  renderFlags() {
    const flags = this.treatment.flags;
    return html`<section class="card" aria-labelledby="flags-title">
      <h2 id="flags-title">Safety flags</h2>
      <ul class="safety-flags">${FLAGS.map((flag) => html`<li class=${flags[flag.key] ? 'flag-on' : 'flag-off'}>
        <span class=${flags[flag.key] ? 'badge warning' : 'badge'}>${flags[flag.key] ? 'Yes' : 'No'}</span>
        <span><strong>${flag.label}</strong>${flags[flag.key] ? html`<br><span class="muted">${flag.means}</span>` : nothing}</span>
      </li>`)}</ul>
    </section>`;
  }

  renderSideEffects() {
    const effects = this.treatment.sideEffects;
    return html`<section class="card" aria-labelledby="side-effects-title">
      <h2 id="side-effects-title">Side effects</h2>
      ${effects.length ? html`<ul class="side-effects">${effects.map((effect) => html`<li>${effect}</li>`)}</ul>`
    : html`<p class="muted">None listed.</p>`}
    </section>`;
  }

  renderRules() {
    return html`<section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Interaction rules</h2>
      <p class="muted">Rules that name this treatment, or every treatment of its kind (<code>${this.treatment.kind}</code>).</p>
      <problem-alert .problem=${this.rulesProblem}></problem-alert>
      ${this.rules === null ? (this.rulesProblem ? nothing : skeleton(2)) : this.renderRuleList()}
    </section>`;
  }

  renderRuleList() {
    if (!this.rules.length) {
      return html`<p class="muted">No interaction rule names this treatment.</p>`;
    }
    return html`<ul class="rule-list">${this.rules.map((rule) => {
      const [mine, other] = sideMatches(rule.a, this.treatment) ? [rule.a, rule.b] : [rule.b, rule.a];
      return html`<li class=${rule.severity === 'MODERATE' ? 'finding' : 'finding block'}>
        <p><span class=${severityBadge(rule.severity)}>${words(rule.severity)}</span>
          with ${mine.kind && other.kind === mine.kind ? html`any other treatment of its kind <code>${mine.kind}</code>`
    : this.renderSide(other)}${mine.kind ? html` <span class="muted">(a rule on its kind, <code>${mine.kind}</code>)</span>`
    : nothing}</p>
        <p>${rule.reason}</p>
        <p class="muted">${words(rule.severity)}: ${severityMeaning(rule.severity)}.</p>
      </li>`;
    })}</ul>`;
  }

  renderSide(side) {
    if (side.kind) {
      return html`every treatment of kind <code>${side.kind}</code>`;
    }
    const other = this.others.get(side.treatmentId);
    return html`<a href="#/catalog/${encodeURIComponent(side.treatmentId)}">${other ? other.name : side.treatmentId}</a>`;
  }
}
customElements.define('treatment-page', TreatmentPage);
