import { html, nothing } from 'lit';
import { get, path, post, query } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { busy } from '../ui/busy.js';
import { date, dateTime, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import {
  CANCELLABLE, actBy, age, lastBoardPlace, overdue, patientName, specialtyWords, statusClass, statusWords,
} from './referral-terms.js';

const ILLEGAL_TRANSITION = 'urn:stepwise:problem:illegal-transition';

/**
 * One referral for the care team: what was asked of whom, where it stands, its status history, and — while the
 * lifecycle allows — assigning a partner (a REQUESTED referral without one) and cancelling it (before the partner
 * starts). Both changes send the ETag read; a stale one offers to reload and re-apply, keeping what was typed.
 */
class ReferralPage extends PortalElement {
  static properties = {
    referralId: { attribute: false },
    referral: { state: true },
    etag: { state: true },
    problem: { state: true },
    notice: { state: true },
    assignId: { state: true },
    assignProblem: { state: true },
    suggestions: { state: true },
    cancelOpen: { state: true },
    cancelReason: { state: true },
    cancelProblem: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.referral = null;
    this.etag = null;
    this.problem = null;
    this.notice = '';
    this.assignId = '';
    this.assignProblem = null;
    this.suggestions = [];
    this.cancelOpen = false;
    this.cancelReason = '';
    this.cancelProblem = null;
    this.saving = false;
  }

  willUpdate(changed) {
    if (changed.has('referralId')) {
      this.referral = null;
      this.problem = null;
      this.notice = '';
      this.assignId = '';
      this.assignProblem = null;
      this.cancelOpen = false;
      this.cancelReason = '';
      this.cancelProblem = null;
      this.load();
    }
  }

  async load() {
    try {
      const { body, etag } = await get(path`/api/referrals/${this.referralId}`);
      this.referral = body;
      this.etag = etag;
      this.problem = null;
      if (this.assignable()) {
        this.suggestPartners();
      }
    } catch (problem) {
      this.problem = problem;
    }
  }

  assignable() {
    return this.referral?.status === 'REQUESTED' && !this.referral.partnerId;
  }

  /** The active partners offering the referral's specialty: the care team's choice for assigning. */
  async suggestPartners() {
    try {
      const { body } = await get(`/api/referrals/partners${query({ specialty: this.referral.specialty })}`);
      this.suggestions = body.partners.map((partner) => [partner.id, partner.name]);
      if (!this.assignId && this.suggestions.length) {
        this.assignId = this.suggestions[0][0];
      }
    } catch (problem) {
      this.suggestions = [];
      this.assignProblem = problem;
    }
  }

  async assign(event) {
    event?.preventDefault();
    this.saving = true;
    this.notice = '';
    try {
      const { body, etag } = await post(path`/api/referrals/${this.referralId}/assign`,
        { partnerId: this.assignId.trim() }, { etag: this.etag });
      this.referral = body;
      this.etag = etag;
      this.assignProblem = null;
      this.notice = `Assigned to ${body.partnerName || body.partnerId}.`;
    } catch (problem) {
      this.assignProblem = problem;
      await this.afterRefusal(problem, 'assigned');
    }
    this.saving = false;
  }

  async cancel(event) {
    event?.preventDefault();
    this.saving = true;
    this.notice = '';
    const reason = this.cancelReason.trim();
    try {
      const { body, etag } = await post(path`/api/referrals/${this.referralId}/cancel`,
        reason ? { reason } : {}, { etag: this.etag });
      this.referral = body;
      this.etag = etag;
      this.cancelProblem = null;
      this.cancelOpen = false;
      this.notice = 'The referral is cancelled. The plan shows it, and the partner (if any) is told.';
    } catch (problem) {
      this.cancelProblem = problem;
      await this.afterRefusal(problem, 'cancelled');
    }
    this.saving = false;
  }

  /** A step the lifecycle no longer allows: show the referral as it is now, and say why in words. */
  async afterRefusal(problem, verb) {
    if (problem.type === ILLEGAL_TRANSITION) {
      await this.load();
      this.notice = this.noLonger(verb);
    }
  }

  /** Why a change cannot be made to the referral as it is now, in words. */
  noLonger(verb) {
    const r = this.referral;
    const where = verb === 'assigned' && r.partnerId
      ? `went to ${r.partnerName || r.partnerId} meanwhile`
      : `is ${statusWords(r.status).toLowerCase()} now`;
    return `This referral ${where}, so it can no longer be ${verb}. The page shows it as it is.`;
  }

  /** After a 412: read the referral again, then send the same change with the fresh ETag. */
  async reapply(change) {
    await this.load();
    if (this.problem) {
      return;
    }
    const allowed = change === 'assign' ? this.assignable() : CANCELLABLE.includes(this.referral.status);
    if (!allowed) {
      this.assignProblem = null;
      this.cancelProblem = null;
      this.notice = this.noLonger(change === 'assign' ? 'assigned' : 'cancelled');
      return;
    }
    if (change === 'assign') {
      await this.assign();
    } else {
      await this.cancel();
    }
  }

  render() {
    if (this.problem) {
      return html`<h1 tabindex="-1">Referral</h1><problem-alert .problem=${this.problem}></problem-alert>
        <p><a href=${lastBoardPlace()}>Back to the referral board</a></p>`;
    }
    if (!this.referral) {
      return html`<h1 tabindex="-1">Referral</h1>${busy('Loading the referral…')}`;
    }
    const r = this.referral;
    return html`
      <h1 tabindex="-1">${specialtyWords(r.specialty)} referral for ${patientName(r)}</h1>
      <p class="back-link"><a href=${lastBoardPlace()}>← Referral board</a></p>
      <p class="referral-headline"><span class=${statusClass(r.status)}>${statusWords(r.status)}</span>
        <span class=${r.priority === 'URGENT' ? 'badge warning' : 'badge'}>${statusWords(r.priority)}</span>
        ${overdue(r) ? html`<span class="badge block">Overdue</span>` : nothing}
        <span class="muted">requested ${age(r.requestedAt)} ago</span></p>
      <div role="status" class="referral-notice">${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
      <div class="referral-layout">
        ${this.renderSummary(r)}
        ${this.renderHistory(r)}
      </div>
      ${this.assignable() ? this.renderAssign(r) : nothing}
      ${CANCELLABLE.includes(r.status) ? this.renderCancel() : nothing}`;
  }

  renderSummary(r) {
    return html`<section class="card" aria-labelledby="referral-summary-title">
      <h2 id="referral-summary-title">The referral</h2>
      <dl class="referral-facts">
        <dt>Patient</dt>
        <dd>${r.patientId ? html`<a href="#/patients/${encodeURIComponent(r.patientId)}">${patientName(r)}</a>`
    : patientName(r)}${r.patient?.birthDate ? html`, born ${date(r.patient.birthDate)}` : nothing}</dd>
        <dt>Care plan</dt>
        <dd>${r.planId ? html`<a href="#/plans/${encodeURIComponent(r.planId)}">${r.planSummary || 'Open the plan'}</a>`
    : r.planSummary || html`<span class="muted">Not recorded</span>`}</dd>
        <dt>Reason</dt><dd class="referral-reason">${r.reason}</dd>
        <dt>Requested</dt><dd>${dateTime(r.requestedAt)} by ${r.requestedBy}</dd>
        <dt>Partner</dt>
        <dd>${r.partnerId ? html`${r.partnerName || r.partnerId} <span class="muted">(<code>${r.partnerId}</code>)</span>`
    : html`<em>No partner yet</em>`}</dd>
        ${r.status !== 'REQUESTED' ? nothing : html`<dt>Partner expected to act by</dt>
          <dd>${dateTime(actBy(r).toISOString())} <span class="muted">(illustrative service level)</span></dd>`}
        ${r.appointment ? html`<dt>Appointment</dt><dd>${dateTime(r.appointment)}</dd>` : nothing}
        ${r.statusReason ? html`<dt>${words(r.status)} because</dt><dd class="referral-reason">${r.statusReason}</dd>`
    : nothing}
        ${r.report ? html`<dt>Report</dt><dd class="referral-reason">${r.report}</dd>` : nothing}
        ${r.opinion ? html`<dt>Second opinion</dt><dd>${words(r.opinion)}</dd>` : nothing}
        ${r.recommendation ? html`<dt>Recommendation</dt><dd class="referral-reason">${r.recommendation}</dd>` : nothing}
        ${r.completedAt ? html`<dt>Completed</dt><dd>${dateTime(r.completedAt)}</dd>` : nothing}
      </dl>
    </section>`;
  }

  renderHistory(r) {
    return html`<section class="card" aria-labelledby="referral-history-title">
      <h2 id="referral-history-title">Status history</h2>
      <div class="table-scroll"><table class="referral-history">
        <caption class="visually-hidden">Each status the referral entered, oldest first</caption>
        <thead><tr><th scope="col">Status</th><th scope="col">When</th><th scope="col">By</th>
          <th scope="col">Reason</th></tr></thead>
        <tbody>${r.history.map((entry) => html`<tr>
          <td><span class=${statusClass(entry.status)}>${statusWords(entry.status)}</span></td>
          <td>${dateTime(entry.at)}</td><td>${entry.by}</td>
          <td class="referral-reason">${entry.reason || html`<span class="muted">—</span>`}</td></tr>`)}</tbody>
      </table></div>
    </section>`;
  }

  renderAssign(r) {
    const p = this.assignProblem;
    // A 422 (no such partner, inactive, or not offering the specialty) is about the partner the user typed.
    const partnerMessage = p?.messageFor('partnerId') || (p?.status === 422 ? p.detail : '');
    return html`<section class="card referral-assign" aria-labelledby="referral-assign-title">
      <h2 id="referral-assign-title">Assign a partner</h2>
      <p>No partner has this referral yet: more than one active partner offers ${specialtyWords(r.specialty)
    .toLowerCase()}, or none did when it was requested.</p>
      <form class="stacked" @submit=${this.assign} novalidate
        @reapply=${(event) => { event.stopPropagation(); this.reapply('assign'); }}>
        <div class="field">
          <label for="referral-partner-id">Partner</label>
          <select id="referral-partner-id" required .value=${this.assignId} aria-invalid=${partnerMessage ? 'true' : 'false'}
            aria-describedby="referral-partner-hint referral-partner-error"
            @change=${(event) => { this.assignId = event.target.value; }}>
            ${this.suggestions.map(([id, name]) => html`<option value=${id} ?selected=${id === this.assignId}>${name} (${id})</option>`)}
          </select>
          <p class="hint" id="referral-partner-hint">${this.suggestions.length
    ? html`The active partners offering ${specialtyWords(r.specialty).toLowerCase()}.`
    : html`No active partner offers ${specialtyWords(r.specialty).toLowerCase()}: the clinic admin onboards one
              under Partners.`}</p>
          ${partnerMessage ? html`<p class="field-error" id="referral-partner-error">${partnerMessage}</p>` : nothing}
        </div>
        <div class="field wide">
          ${p && !partnerMessage ? html`<problem-alert .problem=${p} .fields=${['partnerId']}></problem-alert>` : nothing}
          <div class="actions"><button class="primary" type="submit" ?disabled=${this.saving}>
            ${this.saving ? 'Assigning…' : 'Assign partner'}</button></div>
        </div>
      </form>
    </section>`;
  }

  renderCancel() {
    const p = this.cancelProblem;
    if (!this.cancelOpen) {
      return html`<section class="card" aria-labelledby="referral-cancel-title">
        <h2 id="referral-cancel-title">Cancel the referral</h2>
        <p>A referral can be cancelled until the partner starts the work.</p>
        <div class="actions"><button type="button" class="danger" @click=${() => this.openCancel()}>
          Cancel referral…</button></div>
      </section>`;
    }
    return html`<section class="card" aria-labelledby="referral-cancel-title">
      <h2 id="referral-cancel-title">Cancel the referral</h2>
      <form class="stacked" @submit=${this.cancel} novalidate
        @reapply=${(event) => { event.stopPropagation(); this.reapply('cancel'); }}>
        <div class="field wide">
          <label for="referral-cancel-reason">Reason for cancelling (optional)</label>
          <textarea id="referral-cancel-reason" rows="3" maxlength="2000" .value=${this.cancelReason}
            aria-invalid=${invalid(p, 'reason') ? 'true' : 'false'}
            aria-describedby="referral-cancel-hint referral-cancel-error"
            @input=${(event) => { this.cancelReason = event.target.value; }}></textarea>
          <p class="hint" id="referral-cancel-hint">The plan and the partner see it. Cancelling cannot be undone.</p>
          ${fieldError(p, 'reason', 'referral-cancel-error')}
        </div>
        <div class="field wide">
          <problem-alert .problem=${p} .fields=${['reason']}></problem-alert>
          <div class="actions">
            <button class="danger" type="submit" ?disabled=${this.saving}>
              ${this.saving ? 'Cancelling…' : 'Confirm cancellation'}</button>
            <button type="button" @click=${() => { this.cancelOpen = false; this.cancelProblem = null; }}>
              Keep the referral</button>
          </div>
        </div>
      </form>
    </section>`;
  }

  async openCancel() {
    this.cancelOpen = true;
    await this.updateComplete;
    this.querySelector('#referral-cancel-reason')?.focus();
  }
}

customElements.define('referral-page', ReferralPage);
