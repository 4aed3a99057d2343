import { html, nothing } from 'lit';
import { get, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { mayUse, Roles } from '../core/session.js';
import { skeleton } from '../ui/busy.js';
import '../ui/problems.js';

const PAGE_SIZE = 20;

/**
 * The clinic's plan templates: stepped-care bundles of activities, goals and referrals a clinician applies to a care
 * plan in one step. The clinic admin finds "New template" here.
 */
class TemplateList extends PortalElement {
  static properties = {
    user: { attribute: false },
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
    try {
      this.page = (await get(`/api/plan-templates${query({ page: this.number, size: PAGE_SIZE, sort: 'name' })}`)).body;
      this.problem = null;
    } catch (problem) {
      this.problem = problem;
    }
  }

  go(number) {
    this.number = number;
    this.load();
  }

  render() {
    return html`
      <div class="catalog-heading">
        <h1 tabindex="-1">Plan templates</h1>
        ${mayUse(this.user, [Roles.CLINIC_ADMIN]) ? html`<a class="button primary" href="#/templates/new">New template</a>` : nothing}
      </div>
      <p class="muted">Stepped-care bundles a clinician applies to a care plan in one step. A template names published
        treatments only, never a controlled substance, and gives each monitored medication a review interval.</p>
      <problem-alert .problem=${this.problem}></problem-alert>
      <div class="card">${this.page ? this.renderTemplates() : (this.problem ? nothing : skeleton(3))}</div>`;
  }

  renderTemplates() {
    const templates = this.page.content;
    if (!templates.length) {
      return html`<p class="muted">No template yet.</p>`;
    }
    const { number, totalPages, totalElements } = this.page.page;
    return html`<div class="table-scroll"><table class="template-table">
      <caption class="muted">${totalElements} template(s)${totalPages > 1 ? `, page ${number + 1} of ${totalPages}` : ''}</caption>
      <thead><tr><th scope="col">Template</th><th scope="col">What it holds</th><th scope="col">Description</th></tr></thead>
      <tbody>${templates.map((template) => html`<tr>
        <td><a href="#/templates/${encodeURIComponent(template.id)}">${template.name}</a><br><code class="muted">${template.id}</code></td>
        <td class="nowrap">${template.activities.length} activit${template.activities.length === 1 ? 'y' : 'ies'},
          ${template.goals.length} goal(s), ${template.referrals.length} referral(s)</td>
        <td>${template.description}</td>
      </tr>`)}</tbody>
    </table></div>
    ${totalPages > 1 ? html`<nav class="actions" aria-label="Template pages">
      <button type="button" ?disabled=${number === 0} @click=${() => this.go(number - 1)}>Previous page</button>
      <button type="button" ?disabled=${number + 1 >= totalPages} @click=${() => this.go(number + 1)}>Next page</button>
    </nav>` : nothing}`;
  }
}
customElements.define('template-list', TemplateList);
