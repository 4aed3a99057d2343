import { html, nothing } from 'lit';
import { get, path, post, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { skeleton } from '../ui/busy.js';
import { dateTime } from '../ui/format.js';
import '../ui/problems.js';
import {
  DELIVERY_STATUSES, attemptOutcome, deliveryClass, deliveryMeaning, deliveryStatusWords,
} from './partner-terms.js';

const PAGE_SIZE = 20;

/**
 * A partner's webhook deliveries, for clinic admins: newest first, optionally one status (kept in the hash query),
 * each with its attempts (when, the receiver's answer or why there was none, what it meant, how long it took) and a
 * resend once it has ended (same webhook-id, fresh signature).
 */
class WebhookDeliveries extends PortalElement {
  static properties = {
    partnerId: { attribute: false },
    status: { attribute: false },
    partner: { state: true },
    page: { state: true },
    number: { state: true },
    problem: { state: true },
    loading: { state: true },
    resending: { state: true },
    outcomes: { state: true },
  };

  constructor() {
    super();
    this.status = '';
    this.partner = null;
    this.page = null;
    this.number = 0;
    this.problem = null;
    this.loading = true;
    this.resending = '';
    this.outcomes = {};
    this.refocus = false;
  }

  willUpdate(changed) {
    if (changed.has('partnerId')) {
      this.partner = null;
      this.loadPartner();
    }
    if (changed.has('partnerId') || changed.has('status')) {
      this.number = 0;
      this.outcomes = {};
      this.load();
    }
  }

  updated() {
    if (this.refocus) {
      // The app moves focus to the heading on a hash change; a filter change keeps it on the filter.
      this.refocus = false;
      requestAnimationFrame(() => this.querySelector('#delivery-status-filter')?.focus());
    }
  }

  async loadPartner() {
    try {
      this.partner = (await get(path`/api/partners/${this.partnerId}`)).body;
    } catch (problem) {
      this.problem = problem;
    }
  }

  async load() {
    this.loading = true;
    try {
      const status = DELIVERY_STATUSES.includes(this.status) ? this.status : '';
      const { body } = await get(path`/api/partners/${this.partnerId}/webhook-deliveries`
        + query({ status, page: this.number, size: PAGE_SIZE }));
      this.page = body;
      this.problem = null;
    } catch (problem) {
      this.problem = problem;
    }
    this.loading = false;
  }

  go(number) {
    this.number = number;
    this.outcomes = {};
    this.load();
  }

  filter(event) {
    this.refocus = true;
    navigate(`#/partners/${encodeURIComponent(this.partnerId)}/deliveries${query({ status: event.target.value })}`);
  }

  async resend(delivery) {
    this.resending = delivery.id;
    try {
      const { body } = await post(path`/api/partners/${this.partnerId}/webhook-deliveries/${delivery.id}/resend`);
      this.page = { ...this.page, content: this.page.content.map((each) => (each.id === body.id ? body : each)) };
      this.outcomes = { ...this.outcomes, [delivery.id]: { text: 'Resent: it is pending again and goes out shortly. '
        + 'Refresh to see the attempt.' } };
    } catch (problem) {
      this.outcomes = { ...this.outcomes, [delivery.id]: { problem } };
    }
    this.resending = '';
  }

  render() {
    const name = this.partner?.name || 'the partner';
    return html`
      <h1 tabindex="-1">Webhook deliveries to ${name}</h1>
      <p class="back-link"><a href="#/partners/${encodeURIComponent(this.partnerId)}">← ${this.partner?.name
    || 'The partner'}</a></p>
      ${this.partner?.webhook ? html`<p class="muted">Sent to <code>${this.partner.webhook.url}</code>${this.partner.webhook
      .enabled ? nothing : html` — <strong>deliveries are stopped</strong> (the receiver answered 410 Gone); set the URL
        again on the partner's page to turn them on`}.</p>` : nothing}
      <form class="inline-form card" role="search" aria-label="Filter deliveries" @submit=${(e) => e.preventDefault()}>
        <div class="field">
          <label for="delivery-status-filter">Status</label>
          <select id="delivery-status-filter" @change=${this.filter} aria-describedby="delivery-status-hint">
            <option value="" ?selected=${!this.status}>Every status</option>
            ${DELIVERY_STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>
              ${deliveryStatusWords(status)}</option>`)}
          </select>
          <p class="hint" id="delivery-status-hint">${this.status ? deliveryMeaning(this.status)
    : 'Newest first.'}</p>
        </div>
        <div class="actions"><button type="button" @click=${() => { this.outcomes = {}; this.load(); }}
          ?disabled=${this.loading}>
          Refresh</button></div>
      </form>
      <problem-alert .problem=${this.problem}></problem-alert>
      <div aria-live="polite" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.page ? this.renderDeliveries() : (this.problem ? nothing : skeleton(5))}
      </div>`;
  }

  renderDeliveries() {
    const deliveries = this.page.content;
    if (!deliveries.length) {
      return html`<p class="card muted">${this.status ? `No ${deliveryStatusWords(this.status).toLowerCase()} delivery.`
        : 'No delivery yet: the partner gets one when the clinic assigns or cancels one of its referrals.'}</p>`;
    }
    const { number, totalPages, totalElements } = this.page.page;
    return html`<p class="muted">${totalElements} ${totalElements === 1 ? 'delivery' : 'deliveries'}, page ${number + 1} of ${totalPages}${this.loading
      ? ' — updating…' : ''}</p>
      <ul class="deliveries">${deliveries.map((delivery) => this.renderDelivery(delivery))}</ul>
      ${totalPages > 1 ? html`<div class="actions">
        <button type="button" ?disabled=${number === 0} @click=${() => this.go(number - 1)}>Newer</button>
        <button type="button" ?disabled=${number + 1 >= totalPages} @click=${() => this.go(number + 1)}>Older</button>
      </div>` : nothing}`;
  }

  renderDelivery(delivery) {
    const headingId = `delivery-${delivery.id}`;
    const outcome = this.outcomes[delivery.id];
    const ended = delivery.status !== 'PENDING';
    return html`<li class="card delivery">
      <h2 id=${headingId}><code>${delivery.type}</code>
        <span class=${deliveryClass(delivery.status)}>${deliveryStatusWords(delivery.status)}</span>
        <span class="delivery-when muted">${dateTime(delivery.occurredAt)}</span></h2>
      ${delivery.statusReason ? html`<p class="delivery-reason">${delivery.statusReason}</p>`
    : html`<p class="muted delivery-reason">${deliveryMeaning(delivery.status)}</p>`}
      <dl class="delivery-facts">
        <dt>Referral</dt><dd><code>${delivery.referralId}</code></dd>
        <dt>Webhook id</dt><dd><code>${delivery.webhookId}</code></dd>
        <dt>Attempts</dt><dd>${delivery.attemptCount}${delivery.resends ? ` (resent ${delivery.resends}×)` : ''}</dd>
        ${delivery.nextAttemptAt ? html`<dt>Next attempt</dt><dd>${dateTime(delivery.nextAttemptAt)}</dd>` : nothing}
      </dl>
      ${delivery.attempts.length ? this.renderAttempts(delivery) : html`<p class="muted">No attempt yet.</p>`}
      <details class="delivery-payload"><summary>What was sent</summary><pre>${delivery.payload}</pre></details>
      <div class="actions">
        ${ended ? html`<button type="button" ?disabled=${this.resending === delivery.id}
          aria-describedby=${headingId} @click=${() => this.resend(delivery)}>
          ${this.resending === delivery.id ? 'Resending…' : 'Resend'}</button>`
    : html`<span class="muted">Pending: it can be resent once its attempts have ended.</span>`}
        <span role="status" class="resend-note">${outcome?.text || nothing}</span>
      </div>
      ${outcome?.problem ? html`<problem-alert .problem=${outcome.problem}></problem-alert>` : nothing}
    </li>`;
  }

  renderAttempts(delivery) {
    return html`<div class="table-scroll"><table class="attempts">
      <caption class="visually-hidden">Attempts of this delivery, oldest first</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Answer</th><th scope="col">Meant</th>
        <th scope="col">Took</th><th scope="col">Receiver said</th></tr></thead>
      <tbody>${delivery.attempts.map((attempt) => {
    const meant = attemptOutcome(attempt);
    return html`<tr>
          <td>${dateTime(attempt.at)}</td>
          <td>${attempt.httpStatus !== null && attempt.httpStatus !== undefined ? `HTTP ${attempt.httpStatus}`
    : html`<span class="delivery-error">${attempt.error}</span>`}</td>
          <td><span class=${meant.className}>${meant.words}</span></td>
          <td>${attempt.durationMs} ms</td>
          <td>${attempt.responseSnippet ? html`<code class="snippet">${attempt.responseSnippet}</code>`
    : html`<span class="muted">—</span>`}</td></tr>`;
  })}</tbody>
    </table></div>`;
  }
}
customElements.define('webhook-deliveries', WebhookDeliveries);
