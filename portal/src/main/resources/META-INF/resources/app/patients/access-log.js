import { html, nothing } from 'lit';
import { get, path, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { skeleton } from '../ui/busy.js';
import { dateTime, words } from '../ui/format.js';
import '../ui/problems.js';

const PAGE_SIZE = 20;

/**
 * A patient's access log across every service, newest first: who did what to which record, when, through which
 * client, and how it ended. Reading it is itself recorded.
 */
class AccessLog extends PortalElement {
  static properties = {
    patientId: { attribute: false },
    page: { state: true },
    number: { state: true },
    problem: { state: true },
  };

  constructor() {
    super();
    this.page = null;
    this.number = 0;
    this.problem = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.problem = null;
    try {
      const { body } = await get(path`/api/patients/${this.patientId}/access-log`
        + query({ page: this.number, size: PAGE_SIZE }));
      this.page = body;
    } catch (problem) {
      this.problem = problem;
    }
  }

  go(number) {
    this.number = number;
    this.load();
  }

  render() {
    return html`<section class="card" aria-labelledby="access-log-title">
      <h2 id="access-log-title">Access log</h2>
      <p class="muted">Who saw or changed this patient's data, when, and from which client — in every service.</p>
      <problem-alert .problem=${this.problem}></problem-alert>
      ${this.page ? this.renderEntries() : (this.problem ? nothing : skeleton(5))}
    </section>`;
  }

  renderEntries() {
    const entries = this.page.content;
    if (!entries.length) {
      return html`<p class="muted">Nobody has accessed this patient's data yet.</p>`;
    }
    const { number, totalPages, totalElements } = this.page.page;
    return html`<div class="table-scroll"><table class="access-log">
      <caption class="muted">${totalElements} entries, page ${number + 1} of ${totalPages}</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Client</th><th scope="col">Did</th>
        <th scope="col">Record</th><th scope="col">Outcome</th><th scope="col">Service</th></tr></thead>
      <tbody>${entries.map((entry) => html`<tr>
        <td>${dateTime(entry.at)}</td><td>${entry.actor}</td><td>${entry.client}</td><td>${words(entry.action)}</td>
        <td><code>${entry.resource}</code><br><span class="muted">${entry.request}</span></td>
        <td>${words(entry.outcome)} (${entry.status})</td><td>${entry.service}</td></tr>`)}</tbody>
    </table></div>
    <div class="actions">
      <button type="button" ?disabled=${number === 0} @click=${() => this.go(number - 1)}>Newer</button>
      <button type="button" ?disabled=${number + 1 >= totalPages} @click=${() => this.go(number + 1)}>Older</button>
      <button type="button" @click=${() => this.load()}>Refresh</button>
    </div>`;
  }
}
customElements.define('access-log', AccessLog);
