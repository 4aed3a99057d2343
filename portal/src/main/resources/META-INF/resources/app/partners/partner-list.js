import { html, nothing } from 'lit';
import { get, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { skeleton } from '../ui/busy.js';
import { dateTime, words } from '../ui/format.js';
import '../ui/problems.js';
import { activeBadge, authenticationWords, webhookWords } from './partner-terms.js';

const PAGE_SIZE = 25;
const SORTS = { name: 'Name', 'createdAt,desc': 'Newest first', createdAt: 'Oldest first' };

/**
 * The referral partners, for clinic admins: who they are, what they offer, how they sign in, where their webhooks go
 * and whether they are active; a way to onboard another.
 */
class PartnerList extends PortalElement {
  static properties = {
    page: { state: true },
    number: { state: true },
    sort: { state: true },
    problem: { state: true },
    loading: { state: true },
  };

  constructor() {
    super();
    this.page = null;
    this.number = 0;
    this.sort = 'name';
    this.problem = null;
    this.loading = true;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.loading = true;
    try {
      const { body } = await get(`/api/partners${query({ page: this.number, size: PAGE_SIZE, sort: this.sort })}`);
      this.page = body;
      this.problem = null;
    } catch (problem) {
      this.problem = problem;
    }
    this.loading = false;
  }

  go(number) {
    this.number = number;
    this.load();
  }

  render() {
    return html`
      <h1 tabindex="-1">Partners</h1>
      <p class="muted">The organisations referrals go to. Each signs in to the partner API as its own client.</p>
      <div class="actions partner-list-actions">
        <a class="button primary" href="#/partners/new">Onboard a partner</a>
        <div class="field inline-field">
          <label for="partner-sort">Order</label>
          <select id="partner-sort" @change=${(event) => { this.sort = event.target.value; this.go(0); }}>
            ${Object.entries(SORTS).map(([value, label]) => html`<option value=${value} ?selected=${value === this.sort}>
              ${label}</option>`)}
          </select>
        </div>
      </div>
      <problem-alert .problem=${this.problem}></problem-alert>
      <div class="card" aria-live="polite" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.page ? this.renderPartners() : (this.problem ? nothing : skeleton(4))}
      </div>`;
  }

  renderPartners() {
    const partners = this.page.content;
    if (!partners.length) {
      return html`<p class="muted">No partner yet. Onboard the first one.</p>`;
    }
    const { number, totalPages, totalElements } = this.page.page;
    return html`<div class="table-scroll"><table class="partner-table">
      <caption class="muted">${totalElements} partner(s), page ${number + 1} of ${totalPages}${this.loading
    ? ' — updating…' : ''}</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Specialties</th><th scope="col">Signs in with</th>
        <th scope="col">Webhook</th><th scope="col">Status</th><th scope="col">Onboarded</th></tr></thead>
      <tbody>${partners.map((partner) => html`<tr>
        <td><a href="#/partners/${encodeURIComponent(partner.id)}">${partner.name}</a>
          <br><code class="muted">${partner.id}</code></td>
        <td>${partner.specialties.map((specialty) => words(specialty)).join(', ')}</td>
        <td>${authenticationWords(partner.authentication)}</td>
        <td>${partner.webhook ? html`<code class="partner-webhook-url">${partner.webhook.url}</code><br>` : nothing}
          ${partner.active && partner.webhook && !partner.webhook.enabled
    ? html`<span class="badge warning">${webhookWords(partner.webhook)}</span>`
    : webhookWords(partner.webhook, partner.active)}</td>
        <td>${activeBadge(partner)}</td>
        <td>${dateTime(partner.createdAt)}</td></tr>`)}</tbody>
    </table></div>
    ${totalPages > 1 ? html`<div class="actions">
      <button type="button" ?disabled=${number === 0} @click=${() => this.go(number - 1)}>Previous page</button>
      <button type="button" ?disabled=${number + 1 >= totalPages} @click=${() => this.go(number + 1)}>Next page</button>
    </div>` : nothing}`;
  }
}
customElements.define('partner-list', PartnerList);
