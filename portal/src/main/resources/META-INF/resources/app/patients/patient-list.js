import { html, nothing } from 'lit';
import { get, post, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { CARE_TEAM, mayUse } from '../core/session.js';
import { skeleton } from '../ui/busy.js';
import { date } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';

const REGISTER_FIELDS = ['mrn', 'givenName', 'familyName', 'birthDate'];

/**
 * Patients: search as you type (name or MRN, a substring), and for the care team a form to register one.
 * A refused registration keeps everything typed and names the field the server refused.
 */
class PatientList extends PortalElement {
  static properties = {
    user: { attribute: false },
    q: { state: true },
    page: { state: true },
    loading: { state: true },
    problem: { state: true },
    form: { state: true },
    registerProblem: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.q = '';
    this.number = 0;
    this.page = null;
    this.loading = true;
    this.form = { mrn: '', givenName: '', familyName: '', birthDate: '' };
    this.registerProblem = null;
    this.saving = false;
    this.searchTimer = 0;
    this.controller = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.search();
  }

  async search() {
    this.controller?.abort();
    this.controller = new AbortController();
    this.loading = true;
    try {
      const { body } = await get(`/api/patients${query({ q: this.q, page: this.number, size: 25, sort: 'familyName' })}`,
        { signal: this.controller.signal });
      this.page = body;
      this.problem = null;
    } catch (problem) {
      if (problem.name === 'AbortError') {
        return;
      }
      this.problem = problem;
    }
    this.loading = false;
  }

  go(number) {
    this.number = number;
    this.search();
  }

  onSearchInput(event) {
    this.q = event.target.value;
    this.number = 0;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search(), 250);
  }

  async register(event) {
    event.preventDefault();
    this.saving = true;
    try {
      const { body } = await post('/api/patients', this.form);
      navigate(`#/patients/${encodeURIComponent(body.id)}`);
    } catch (problem) {
      this.registerProblem = problem;
    }
    this.saving = false;
  }

  render() {
    return html`
      <h1 tabindex="-1">Patients</h1>
      <div class="card">
        <div class="field">
          <label for="patient-search">Find a patient by name or MRN</label>
          <input id="patient-search" type="search" autocomplete="off" .value=${this.q} @input=${this.onSearchInput}
            aria-describedby=${this.problem ? 'patient-search-error' : nothing} aria-controls="patient-results">
          ${this.problem ? html`<p class="field-error" id="patient-search-error">${this.problem.messageFor('q') || this.problem.title}</p>` : nothing}
        </div>
        <p class="visually-hidden" role="status">${this.page ? `${this.page.page.totalElements} patient(s) found` : ''}</p>
        <div id="patient-results">${this.renderResults()}</div>
      </div>
      ${mayUse(this.user, CARE_TEAM) ? this.renderRegister() : nothing}`;
  }

  renderResults() {
    if (this.problem) {
      return nothing;
    }
    if (this.loading && !this.page) {
      return skeleton(4);
    }
    const patients = this.page?.content || [];
    if (!patients.length) {
      return html`<p class="muted">No patient matches${this.q ? html` “${this.q}”` : nothing}.</p>`;
    }
    return html`<div class="table-scroll"><table>
      <caption class="muted">${this.page.page.totalElements} patient(s)${this.loading ? ' — updating…' : ''}</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">MRN</th><th scope="col">Born</th></tr></thead>
      <tbody>${patients.map((patient) => html`<tr>
        <td><a href="#/patients/${encodeURIComponent(patient.id)}">${patient.familyName}, ${patient.givenName}</a></td>
        <td>${patient.mrn}</td><td>${date(patient.birthDate)}</td></tr>`)}</tbody>
    </table></div>
    ${this.page.page.totalPages > 1 ? html`<div class="actions">
      <button type="button" ?disabled=${this.number === 0} @click=${() => this.go(this.number - 1)}>Previous</button>
      <span>Page ${this.number + 1} of ${this.page.page.totalPages}</span>
      <button type="button" ?disabled=${this.number + 1 >= this.page.page.totalPages} @click=${() => this.go(this.number + 1)}>Next</button>
    </div>` : nothing}`;
  }

  renderRegister() {
    const p = this.registerProblem;
    const field = (name, label, type = 'text', extra = {}) => html`<div class="field">
      <label for="register-${name}">${label}</label>
      <input id="register-${name}" name=${name} type=${type} required .value=${this.form[name]}
        autocomplete="off" max=${extra.max || nothing}
        aria-invalid=${invalid(p, name) ? 'true' : 'false'} aria-describedby="register-${name}-error"
        @input=${(event) => { this.form = { ...this.form, [name]: event.target.value }; }}>
      ${fieldError(p, name, `register-${name}-error`)}
    </div>`;
    return html`<section class="card" aria-labelledby="register-title">
      <h2 id="register-title">Register a patient</h2>
      <form class="stacked" @submit=${this.register} novalidate>
        ${field('mrn', 'Medical record number (MRN)')}
        ${field('givenName', 'Given name')}
        ${field('familyName', 'Family name')}
        ${field('birthDate', 'Birth date', 'date')}
        <div class="field wide"><problem-alert .problem=${p} .fields=${REGISTER_FIELDS}></problem-alert>
          <div class="actions"><button class="primary" type="submit" ?disabled=${this.saving}>
            ${this.saving ? 'Registering…' : 'Register patient'}</button></div></div>
      </form>
    </section>`;
  }
}
customElements.define('patient-list', PatientList);
