import { html, nothing } from 'lit';
import { get, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { skeleton } from '../ui/busy.js';
import { dateTime } from '../ui/format.js';
import '../ui/problems.js';
import {
  ENDED_STATUSES, OPEN_STATUSES, SPECIALTIES, age, overdue, patientName, rememberBoardPlace, specialtyWords,
  statusWords,
} from './referral-terms.js';

const COLUMN_SIZE = 20;

/** Partners named on referrals, id → name: a deactivated partner's referrals still need the filter. */
function partnersOf(referrals, known = new Map()) {
  const partners = new Map(known);
  referrals.filter((referral) => referral.partnerId)
    .forEach((referral) => partners.set(referral.partnerId, referral.partnerName || referral.partnerId));
  return partners;
}

/**
 * The referral board for the care team (clinicians, care coordinators): a column per FHIR Task status in lifecycle
 * order — the open ones first, then the ended ones — with a card per referral (patient, specialty, priority,
 * partner, age). Filters by specialty and partner live in the hash query, so a reload or a bookmark keeps them.
 */
class ReferralBoard extends PortalElement {
  static properties = {
    specialty: { attribute: false },
    partnerId: { attribute: false },
    columns: { state: true },
    partners: { state: true },
    problem: { state: true },
    loading: { state: true },
    loadedAt: { state: true },
  };

  constructor() {
    super();
    this.specialty = '';
    this.partnerId = '';
    this.columns = null;
    this.partners = new Map();
    this.problem = null;
    this.loading = false;
    this.loadedAt = null;
    this.controller = null;
    this.refocus = null;
    this.unknownSpecialty = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.learnPartners();
  }

  disconnectedCallback() {
    this.controller?.abort();
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('specialty') || changed.has('partnerId')) {
      // An address typed or bookmarked with a specialty that does not exist: say so and show every specialty.
      this.unknownSpecialty = this.specialty && !SPECIALTIES.includes(this.specialty) ? this.specialty : '';
      if (this.unknownSpecialty) {
        this.specialty = '';
      }
      rememberBoardPlace(this.place(this.specialty, this.partnerId));
      this.load();
    }
  }

  updated() {
    if (this.refocus) {
      // The app moves focus to the heading on every hash change; a filter change keeps it on the filter.
      const id = this.refocus;
      this.refocus = null;
      requestAnimationFrame(() => this.querySelector(`#${id}`)?.focus());
    }
  }

  place(specialty, partnerId) {
    return `#/referrals${query({ specialty, partnerId })}`;
  }

  /** Every column's first page, all at once, with the filters of the hash. */
  async load() {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    try {
      const statuses = [...OPEN_STATUSES, ...ENDED_STATUSES];
      const pages = await Promise.all(statuses.map((status) => get(`/api/referrals${query({
        status, specialty: this.specialty, partnerId: this.partnerId, size: COLUMN_SIZE,
      })}`, { signal: controller.signal })));
      this.columns = Object.fromEntries(statuses.map((status, index) => [status, {
        referrals: pages[index].body.content, total: pages[index].body.page.totalElements, next: 1,
      }]));
      this.partners = partnersOf(pages.flatMap((page) => page.body.content), this.partners);
      this.problem = null;
      this.loadedAt = new Date().toISOString();
    } catch (problem) {
      if (problem.name === 'AbortError') {
        return;
      }
      this.problem = problem;
    }
    if (this.controller === controller) {
      this.loading = false;
    }
  }

  /** The active partners for the partner filter, beside those named on the referrals shown (also deactivated ones). */
  async learnPartners() {
    try {
      const { body } = await get('/api/referrals/partners');
      const partners = new Map(this.partners);
      body.partners.forEach((partner) => partners.set(partner.id, partner.name));
      this.partners = partners;
    } catch {
      // The filter still offers the partners of the referrals on the board.
    }
  }

  async showMore(status) {
    const column = this.columns[status];
    try {
      const { body } = await get(`/api/referrals${query({
        status, specialty: this.specialty, partnerId: this.partnerId, size: COLUMN_SIZE, page: column.next,
      })}`);
      const seen = new Set(column.referrals.map((referral) => referral.id));
      this.columns = {
        ...this.columns,
        [status]: {
          referrals: [...column.referrals, ...body.content.filter((referral) => !seen.has(referral.id))],
          total: body.page.totalElements, next: column.next + 1,
        },
      };
      this.partners = partnersOf(body.content, this.partners);
    } catch (problem) {
      this.problem = problem;
    }
  }

  filter(event, name) {
    this.refocus = event.target.id;
    const filters = { specialty: this.specialty, partnerId: this.partnerId, [name]: event.target.value };
    navigate(this.place(filters.specialty, filters.partnerId));
  }

  render() {
    const filtered = Boolean(this.specialty || this.partnerId);
    return html`
      <h1 tabindex="-1">Referrals</h1>
      <p class="muted">Every referral the care plans asked for, by where the partner's work stands. Open one to assign a
        partner, cancel it, or read its history.</p>
      ${this.renderFilters(filtered)}
      ${this.unknownSpecialty ? html`<p class="notice">There is no specialty “${this.unknownSpecialty}”: the board
        shows every specialty.</p>` : nothing}
      <problem-alert .problem=${this.problem} .fields=${['specialty', 'partnerId']}></problem-alert>
      <div aria-live="polite" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.columns ? html`
          <p class="muted board-summary">${this.total()} referral(s)${filtered ? ' match the filters' : ''}${this.loading
    ? ' — updating…' : html` · as of ${dateTime(this.loadedAt)}`}</p>
          ${this.renderGroup('open-referrals', 'Open', OPEN_STATUSES)}
          ${this.renderGroup('ended-referrals', 'Ended', ENDED_STATUSES)}`
    : (this.problem ? nothing : skeleton(6))}
      </div>`;
  }

  total() {
    return Object.values(this.columns).reduce((sum, column) => sum + column.total, 0);
  }

  renderFilters(filtered) {
    const partners = new Map(this.partners);
    if (this.partnerId && !partners.has(this.partnerId)) {
      partners.set(this.partnerId, this.partnerId);
    }
    const sorted = [...partners.entries()].sort((a, b) => a[1].localeCompare(b[1]));
    const p = this.problem;
    return html`<form class="inline-form card referral-filters" role="search" aria-label="Filter referrals"
        @submit=${(event) => event.preventDefault()}>
      <div class="field">
        <label for="referral-filter-specialty">Specialty</label>
        <select id="referral-filter-specialty" .value=${this.specialty}
          aria-invalid=${p?.messageFor('specialty') ? 'true' : 'false'}
          @change=${(event) => this.filter(event, 'specialty')}>
          <option value="" ?selected=${!this.specialty}>All specialties</option>
          ${SPECIALTIES.map((specialty) => html`<option value=${specialty} ?selected=${specialty === this.specialty}>
            ${specialtyWords(specialty)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="referral-filter-partner">Partner</label>
        <select id="referral-filter-partner" .value=${this.partnerId} aria-describedby="referral-filter-partner-hint"
          aria-invalid=${p?.messageFor('partnerId') ? 'true' : 'false'}
          @change=${(event) => this.filter(event, 'partnerId')}>
          <option value="" ?selected=${!this.partnerId}>All partners</option>
          ${sorted.map(([id, name]) => html`<option value=${id} ?selected=${id === this.partnerId}>${name}</option>`)}
        </select>
        <p class="hint" id="referral-filter-partner-hint">The active partners, and any partner named on the referrals shown.</p>
      </div>
      <div class="actions">
        ${filtered ? html`<a class="button" href="#/referrals">Clear filters</a>` : nothing}
        <button type="button" @click=${() => this.load()} ?disabled=${this.loading}>Refresh</button>
      </div>
    </form>`;
  }

  renderGroup(id, title, statuses) {
    return html`<section class="referral-group" aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      <div class="board">${statuses.map((status) => this.renderColumn(status))}</div>
    </section>`;
  }

  renderColumn(status) {
    const column = this.columns[status];
    const headingId = `referral-column-${status}`;
    const more = column.total - column.referrals.length;
    return html`<section class="board-column" aria-labelledby=${headingId} data-status=${status}>
      <h3 id=${headingId}>${statusWords(status)} <span class="column-count">(${column.total})</span></h3>
      ${column.referrals.length
    ? html`<ul class="referral-cards">${column.referrals.map((referral) => this.renderCard(referral))}</ul>`
    : html`<p class="muted column-empty">None</p>`}
      ${more > 0 ? html`<button type="button" class="show-more" @click=${() => this.showMore(status)}>
        Show ${Math.min(more, COLUMN_SIZE)} more <span class="visually-hidden">${statusWords(status)}</span></button>`
    : nothing}
    </section>`;
  }

  renderCard(referral) {
    return html`<li class="board-card referral-card">
      <a class="referral-card-link" href="#/referrals/${encodeURIComponent(referral.id)}">${patientName(referral)}</a>
      <span class="referral-card-line">${specialtyWords(referral.specialty)}
        <span class=${referral.priority === 'URGENT' ? 'badge warning' : 'badge'}>${statusWords(referral.priority)}</span>
        ${overdue(referral) ? html`<span class="badge block">Overdue</span>` : nothing}
      </span>
      <span class="referral-card-partner">${referral.partnerId
    ? referral.partnerName || referral.partnerId : html`<em>No partner yet</em>`}</span>
      <span class="muted referral-card-age">Requested
        <time datetime=${referral.requestedAt} title=${dateTime(referral.requestedAt)}>${age(referral.requestedAt)}</time>
        ago</span>
    </li>`;
  }
}
customElements.define('referral-board', ReferralBoard);
