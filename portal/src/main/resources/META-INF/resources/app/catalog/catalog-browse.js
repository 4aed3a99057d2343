import { html, nothing } from 'lit';
import { get, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { mayUse, Roles } from '../core/session.js';
import { skeleton } from '../ui/busy.js';
import { words } from '../ui/format.js';
import '../ui/problems.js';
import { CATEGORIES, STATUSES, flagsSet, replaceHashQuery, statusBadge } from './catalog-words.js';

const PAGE_SIZE = 20;

/**
 * The treatment catalog, for all staff: browse by category, search as you type (name, kind or description), page
 * through. The clinic admin also filters by status (draft, published, retired) and finds "New treatment"; everyone
 * else sees published treatments only. The filters stay in the address, so Back from a treatment returns here.
 */
class CatalogBrowse extends PortalElement {
  static properties = {
    user: { attribute: false },
    initial: { attribute: false },
    q: { state: true },
    category: { state: true },
    status: { state: true },
    number: { state: true },
    page: { state: true },
    loading: { state: true },
    problem: { state: true },
  };

  constructor() {
    super();
    this.page = null;
    this.loading = true;
    this.problem = null;
    this.searchTimer = 0;
    this.controller = null;
    this.onHashChange = () => {
      // A navigation to the catalog while it is shown (the main navigation's link, a bookmark, Back): the app keeps
      // this component, so the filters are taken from the new address here.
      const [place, search] = window.location.hash.split('?');
      if (place === '#/catalog' && (search || '') !== this.filterText()) {
        this.applyFilters(new URLSearchParams(search || ''));
      }
    };
  }

  get curator() {
    return mayUse(this.user, [Roles.CLINIC_ADMIN]);
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.applyFilters(this.initial || new URLSearchParams());
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    this.controller?.abort();
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  applyFilters(parameters) {
    this.q = parameters.get('q') || '';
    this.category = CATEGORIES.includes(parameters.get('category')) ? parameters.get('category') : '';
    this.status = this.curator && STATUSES.includes(parameters.get('status')) ? parameters.get('status') : '';
    this.number = Math.max(0, Number.parseInt(parameters.get('page') || '0', 10) || 0);
    this.search();
  }

  filters() {
    return { q: this.q, category: this.category, status: this.status, page: this.number || '' };
  }

  filterText() {
    return query(this.filters()).replace(/^\?/, '');
  }

  async search() {
    this.controller?.abort();
    this.controller = new AbortController();
    this.loading = true;
    replaceHashQuery('#/catalog', this.filters());
    try {
      const { body } = await get(`/api/catalog/treatments${query({
        q: this.q.trim(), category: this.category, status: this.curator ? this.status : 'PUBLISHED',
        page: this.number, size: PAGE_SIZE, sort: 'name',
      })}`, { signal: this.controller.signal });
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

  onSearchInput(event) {
    this.q = event.target.value;
    this.number = 0;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.search(), 250);
  }

  chooseCategory(category) {
    this.category = category;
    this.number = 0;
    this.search();
  }

  chooseStatus(event) {
    this.status = event.target.value;
    this.number = 0;
    this.search();
  }

  go(number) {
    this.number = number;
    this.search();
  }

  render() {
    return html`
      <div class="catalog-heading">
        <h1 tabindex="-1">Treatment catalog</h1>
        ${this.curator ? html`<a class="button primary" href="#/catalog/new">New treatment</a>` : nothing}
      </div>
      <p class="muted">${this.curator
    ? 'Draft, publish and retire the options your clinic offers. Only published treatments reach care plans.'
    : 'The published treatment options of your clinic.'}</p>
      <div class="card">
        <div class="catalog-categories" role="group" aria-label="Category">
          ${['', ...CATEGORIES].map((category) => html`<button type="button"
            aria-pressed=${this.category === category ? 'true' : 'false'}
            @click=${() => this.chooseCategory(category)}>${category ? words(category) : 'All categories'}</button>`)}
        </div>
        <div class="catalog-filters">
          <div class="field">
            <label for="catalog-search">Search by name, kind or description</label>
            <input id="catalog-search" type="search" autocomplete="off" .value=${this.q} @input=${this.onSearchInput}
              aria-controls="catalog-results"
              aria-describedby=${this.problem ? 'catalog-search-error' : nothing}>
          </div>
          ${this.curator ? html`<div class="field">
            <label for="catalog-status">Status</label>
            <select id="catalog-status" @change=${this.chooseStatus}>
              <option value="" ?selected=${!this.status}>Any status</option>
              ${STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${words(status)}</option>`)}
            </select>
          </div>` : nothing}
        </div>
        ${this.problem ? html`<div id="catalog-search-error"><problem-alert .problem=${this.problem}
          .fields=${[]}></problem-alert></div>` : nothing}
        <div id="catalog-results" aria-live="polite">${this.renderResults()}</div>
      </div>`;
  }

  renderResults() {
    if (this.loading && !this.page) {
      return skeleton(6);
    }
    if (!this.page) {
      return nothing;
    }
    const treatments = this.page.content;
    const filtered = this.q || this.category || this.status;
    if (!treatments.length) {
      return html`<p class="muted">No treatment${filtered ? ' matches these filters' : ' yet'}${this.q ? html` (“${this.q}”)` : nothing}.</p>`;
    }
    const { number, totalPages, totalElements } = this.page.page;
    return html`<div class="table-scroll"><table class="catalog-table">
      <caption class="muted">${totalElements} treatment(s)${totalPages > 1 ? `, page ${number + 1} of ${totalPages}` : ''}${this.loading ? ' — updating…' : ''}</caption>
      <thead><tr><th scope="col">Treatment</th><th scope="col">Category</th><th scope="col">Kind</th>
        <th scope="col" class="col-mode">Mode</th><th scope="col">Safety flags</th>${this.curator ? html`<th scope="col">Status</th>` : nothing}</tr></thead>
      <tbody>${treatments.map((treatment) => html`<tr>
        <td><a href="#/catalog/${encodeURIComponent(treatment.id)}">${treatment.name}</a></td>
        <td>${words(treatment.category)}</td>
        <td><code>${treatment.kind}</code></td>
        <td class="col-mode">${words(treatment.mode)}</td>
        <td>${flagsSet(treatment).length ? html`<ul class="flag-badges">${flagsSet(treatment).map((flag) => html`<li
          class="badge warning">${flag.label}</li>`)}</ul>` : html`<span class="muted">none</span>`}</td>
        ${this.curator ? html`<td><span class=${statusBadge(treatment.status)}>${words(treatment.status)}</span></td>` : nothing}
      </tr>`)}</tbody>
    </table></div>
    ${totalPages > 1 ? html`<nav class="actions" aria-label="Catalog pages">
      <button type="button" ?disabled=${number === 0} @click=${() => this.go(number - 1)}>Previous page</button>
      <span class="muted">Page ${number + 1} of ${totalPages}</span>
      <button type="button" ?disabled=${number + 1 >= totalPages} @click=${() => this.go(number + 1)}>Next page</button>
    </nav>` : nothing}`;
  }
}
customElements.define('catalog-browse', CatalogBrowse);
