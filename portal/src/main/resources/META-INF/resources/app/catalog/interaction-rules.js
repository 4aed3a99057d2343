import { html, nothing } from 'lit';
import { del, get, path, post, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { skeleton } from '../ui/busy.js';
import { words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import { SEVERITIES, allRules, severityBadge, severityMeaning, treatmentsById } from './catalog-words.js';
import './treatment-picker.js';

const FIELDS = ['a', 'b', 'severity', 'reason'];
const KIND_PAGES = 5;

function emptySide(treatmentId = '') {
  return { by: 'treatment', treatmentId, kind: '' };
}

function subjectOf(side) {
  return side.by === 'kind' ? { kind: side.kind.trim() || null } : { treatmentId: side.treatmentId || null };
}

/**
 * The clinic's interaction rules, for the clinic admin: every rule (two treatments, or every treatment of a kind, that
 * should not be combined, how strongly and why), a filter over them, a form to add one (treatments are picked from the
 * catalog by search) and deleting one. Changes are made to the whole rule set with its ETag; a stale one offers to
 * reload and re-apply.
 */
class InteractionRules extends PortalElement {
  static properties = {
    withTreatment: { attribute: false },
    rules: { state: true },
    names: { state: true },
    filter: { state: true },
    loadProblem: { state: true },
    form: { state: true },
    problem: { state: true },
    saving: { state: true },
    confirming: { state: true },
    deleteProblem: { state: true },
    message: { state: true },
    kinds: { state: true },
  };

  constructor() {
    super();
    this.rules = null;
    this.names = new Map();
    this.filter = '';
    this.loadProblem = null;
    this.problem = null;
    this.saving = false;
    this.confirming = '';
    this.deleteProblem = null;
    this.message = '';
    this.kinds = [];
    this.etag = null;
    this.pendingDelete = '';
    this.failedDelete = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.form = { a: emptySide(this.withTreatment || ''), b: emptySide(), severity: '', reason: '' };
    this.load();
  }

  async load() {
    try {
      const { rules, etag } = await allRules();
      this.names = await treatmentsById(rules.flatMap((rule) => [rule.a.treatmentId, rule.b.treatmentId]));
      this.rules = rules;
      this.etag = etag;
      this.loadProblem = null;
    } catch (problem) {
      this.loadProblem = problem;
    }
  }

  /** The kinds the catalog has, for the kind fields' suggestions (read once, when a side first names a kind). */
  async loadKinds() {
    if (this.kinds.length) {
      return;
    }
    const kinds = new Set();
    try {
      for (let page = 0; page < KIND_PAGES; page += 1) {
        const { body } = await get(`/api/catalog/treatments${query({ page, size: 100, sort: 'kind' })}`);
        body.content.forEach((treatment) => kinds.add(treatment.kind));
        if (page + 1 >= body.page.totalPages) {
          break;
        }
      }
    } catch {
      // suggestions only: the server still names an unknown kind
    }
    this.kinds = [...kinds].sort();
  }

  setSide(name, change) {
    this.form = { ...this.form, [name]: { ...this.form[name], ...change } };
    if (change.by === 'kind') {
      this.loadKinds();
    }
  }

  async add(event) {
    event?.preventDefault();
    this.saving = true;
    this.message = '';
    const body = { a: subjectOf(this.form.a), b: subjectOf(this.form.b), severity: this.form.severity || null,
      reason: this.form.reason };
    try {
      await post('/api/catalog/interaction-rules', body, { etag: this.etag });
      this.problem = null;
      this.form = { a: emptySide(), b: emptySide(), severity: '', reason: '' };
      this.message = 'Rule added. Care plans are checked against it from now on.';
      await this.load();
    } catch (problem) {
      this.problem = problem;
    }
    this.saving = false;
  }

  async reapplyAdd() {
    await this.load();
    if (!this.loadProblem) {
      this.add();
    }
  }

  async deleteRule(rule) {
    this.pendingDelete = rule.id;
    this.message = '';
    try {
      await del(path`/api/catalog/interaction-rules/${rule.id}`, { etag: this.etag });
      this.deleteProblem = null;
      this.confirming = '';
      this.message = 'Rule deleted.';
      await this.load();
    } catch (problem) {
      this.deleteProblem = problem;
      this.failedDelete = rule;
    }
    this.pendingDelete = '';
  }

  async reapplyDelete() {
    await this.load();
    if (!this.loadProblem && this.failedDelete) {
      this.deleteRule(this.failedDelete);
    }
  }

  sideText(side) {
    return side.kind ? `kind ${side.kind}` : (this.names.get(side.treatmentId)?.name || side.treatmentId);
  }

  render() {
    return html`
      <h1 tabindex="-1">Interaction rules</h1>
      <p class="muted">Two treatments — or every treatment of a kind — that should not be combined. Care plans are
        checked against these rules: contraindicated and major ones block a plan unless a clinician overrides them with
        a reason; moderate ones warn.</p>
      ${this.renderAdd()}
      <section class="card" aria-labelledby="rules-list-title">
        <h2 id="rules-list-title">Rules</h2>
        <p role="status" class="step-message">${this.message}</p>
        <problem-alert .problem=${this.loadProblem}></problem-alert>
        <problem-alert .problem=${this.deleteProblem} @reapply=${this.reapplyDelete}></problem-alert>
        ${this.rules ? this.renderRules() : (this.loadProblem ? nothing : skeleton(5))}
      </section>`;
  }

  renderRules() {
    const text = this.filter.trim().toLowerCase();
    const shown = text ? this.rules.filter((rule) => [this.sideText(rule.a), this.sideText(rule.b), rule.a.treatmentId,
      rule.b.treatmentId, rule.reason, rule.severity].some((part) => part && part.toLowerCase().includes(text)))
      : this.rules;
    return html`
      <div class="field rules-filter">
        <label for="rules-filter">Filter the rules</label>
        <input id="rules-filter" type="search" autocomplete="off" .value=${this.filter} aria-describedby="rules-filter-hint"
          @input=${(e) => { this.filter = e.target.value; }} aria-controls="rules-table">
        <p class="hint" id="rules-filter-hint">By treatment, kind, severity or the rule's words.</p>
      </div>
      ${shown.length ? html`<div class="table-scroll" id="rules-table"><table class="rules-table">
        <caption class="muted">${shown.length === this.rules.length ? `${this.rules.length} rule(s)`
    : `${shown.length} of ${this.rules.length} rule(s)`}</caption>
        <thead><tr><th scope="col">One side</th><th scope="col">Other side</th><th scope="col">Severity</th>
          <th scope="col">Why</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>${shown.map((rule) => this.renderRule(rule))}</tbody>
      </table></div>` : html`<p class="muted" id="rules-table">${this.rules.length ? 'No rule matches the filter.'
    : 'No interaction rule yet.'}</p>`}`;
  }

  renderRule(rule) {
    const confirming = this.confirming === rule.id;
    return html`<tr>
      <td>${this.renderSide(rule.a)}</td>
      <td>${this.renderSide(rule.b)}</td>
      <td><span class=${severityBadge(rule.severity)}>${words(rule.severity)}</span></td>
      <td>${rule.reason}</td>
      <td class="rule-actions">${confirming ? html`<div role="group" aria-label="Delete this rule?">
          <p class="confirm-text">Delete this rule?</p>
          <button type="button" class="danger" ?disabled=${this.pendingDelete === rule.id}
            @click=${() => this.deleteRule(rule)}>${this.pendingDelete === rule.id ? 'Deleting…' : 'Yes, delete'}</button>
          <button type="button" @click=${() => { this.confirming = ''; }}>Cancel</button></div>`
    : html`<button type="button" class="danger" aria-label="Delete rule: ${this.sideText(rule.a)} with ${this.sideText(rule.b)}"
          @click=${() => { this.confirming = rule.id; this.deleteProblem = null; }}>Delete</button>`}</td>
    </tr>`;
  }

  renderSide(side) {
    if (side.kind) {
      return html`every treatment of kind <code>${side.kind}</code>`;
    }
    const treatment = this.names.get(side.treatmentId);
    return html`<a href="#/catalog/${encodeURIComponent(side.treatmentId)}">${treatment ? treatment.name : side.treatmentId}</a>`;
  }

  renderAdd() {
    const p = this.problem;
    return html`<section class="card" aria-labelledby="add-rule-title">
      <h2 id="add-rule-title">Add a rule</h2>
      <form class="stacked rule-form" @submit=${this.add} novalidate>
        ${this.renderSideFields('a', 'One side')}
        ${this.renderSideFields('b', 'Other side')}
        <div class="field">
          <label for="rule-severity">Severity</label>
          <select id="rule-severity" required aria-invalid=${invalid(p, 'severity') ? 'true' : 'false'}
            aria-describedby="rule-severity-error rule-severity-hint"
            @change=${(e) => { this.form = { ...this.form, severity: e.target.value }; }}>
            <option value="" ?selected=${!this.form.severity}>Choose…</option>
            ${SEVERITIES.map((severity) => html`<option value=${severity} ?selected=${this.form.severity === severity}>${words(severity)}</option>`)}
          </select>
          <p class="hint" id="rule-severity-hint">${this.form.severity ? `${words(this.form.severity)}: ${severityMeaning(this.form.severity)}.`
    : 'Contraindicated and major block a plan unless overridden; moderate warns.'}</p>
          ${fieldError(p, 'severity', 'rule-severity-error')}
        </div>
        <div class="field wide">
          <label for="rule-reason">Why (the clinician reads this with the warning)</label>
          <textarea id="rule-reason" rows="3" required .value=${this.form.reason}
            aria-invalid=${invalid(p, 'reason') ? 'true' : 'false'} aria-describedby="rule-reason-error"
            @input=${(e) => { this.form = { ...this.form, reason: e.target.value }; }}></textarea>
          ${fieldError(p, 'reason', 'rule-reason-error')}
        </div>
        <div class="field wide">
          <problem-alert .problem=${p} .fields=${FIELDS} @reapply=${this.reapplyAdd}></problem-alert>
          <div class="actions"><button class="primary" type="submit" ?disabled=${this.saving || !this.rules}>
            ${this.saving ? 'Adding…' : 'Add rule'}</button></div>
        </div>
      </form>
    </section>`;
  }

  renderSideFields(name, legend) {
    const p = this.problem;
    const side = this.form[name];
    const errorId = `rule-${name}-error`;
    return html`<fieldset class="field rule-side">
      <legend>${legend}</legend>
      <div class="side-choice">
        <label class="checkbox"><input type="radio" name="rule-${name}-by" value="treatment" .checked=${side.by === 'treatment'}
          @change=${() => this.setSide(name, { by: 'treatment' })}>A treatment</label>
        <label class="checkbox"><input type="radio" name="rule-${name}-by" value="kind" .checked=${side.by === 'kind'}
          @change=${() => this.setSide(name, { by: 'kind' })}>Every treatment of a kind</label>
      </div>
      ${side.by === 'treatment'
    ? html`<treatment-picker label=${name === 'a' ? 'Treatment (one side)' : 'Treatment (other side)'} .value=${side.treatmentId}
          ?invalid=${invalid(p, name)} .describedBy=${errorId}
          @pick=${(e) => this.setSide(name, { treatmentId: e.detail.id })}></treatment-picker>`
    : html`<div class="field">
          <label for="rule-${name}-kind">${name === 'a' ? 'Kind (one side)' : 'Kind (other side)'}</label>
          <input id="rule-${name}-kind" list="rule-kinds" autocomplete="off" .value=${side.kind}
            aria-invalid=${invalid(p, name) ? 'true' : 'false'} aria-describedby="${errorId} rule-${name}-kind-hint"
            @input=${(e) => this.setSide(name, { kind: e.target.value })}>
          <p class="hint" id="rule-${name}-kind-hint">A kind the catalog has, such as <code>nsaid</code>.</p>
        </div>`}
      ${fieldError(p, name, errorId)}
      ${name === 'b' ? html`<datalist id="rule-kinds">${this.kinds.map((kind) => html`<option value=${kind}></option>`)}</datalist>` : nothing}
    </fieldset>`;
  }
}
customElements.define('interaction-rules', InteractionRules);
