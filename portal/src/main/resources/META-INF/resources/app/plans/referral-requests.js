import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { path, post } from '../core/api.js';
import { dateTime, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import { PlanSection } from './plan-section.js';

/** plan-service `Specialty` and `ReferralPriority`. */
const SPECIALTIES = ['PSYCHOLOGIST', 'PSYCHIATRIST', 'PAIN_SPECIALIST', 'SECOND_OPINION_PHYSICIAN', 'PHYSICAL_THERAPIST',
  'SURGEON', 'ACUPUNCTURIST', 'DIETITIAN'];
const PRIORITIES = ['ROUTINE', 'URGENT'];

/**
 * The plan's referral requests with their live status (it follows the partner's work, the page refreshes itself), the
 * report and a second opinion's verdict once completed, and a form to request one. The care team requests referrals.
 */
class ReferralRequests extends PlanSection {
  static properties = { ...PlanSection.properties, form: { state: true } };

  constructor() {
    super();
    this.form = { specialty: 'PSYCHOLOGIST', reason: '', priority: 'ROUTINE' };
  }

  request(event) {
    event.preventDefault();
    this.submit('referral', (etag, id) => post(path`/api/plans/${id}/referrals`, { ...this.form }, { etag }), () => {
      this.form = { ...this.form, reason: '' };
    });
  }

  render() {
    const referrals = this.plan.referrals;
    return html`<section class="card referral-requests" aria-labelledby="referrals-title">
      <h2 id="referrals-title">Referrals</h2>
      <div aria-live="polite">${referrals.length ? html`<ul class="referral-list">${referrals.map((r) => html`<li class="referral" data-referral=${r.id}>
        <strong><a href="#/referrals/${encodeURIComponent(r.id)}">${words(r.specialty)}</a></strong>
        <span class="badge referral-status">${words(r.status)}</span>
        <span class="muted">${words(r.priority)} · requested by ${r.requestedBy} ${dateTime(r.requestedAt)}${r.partner ? ` · ${r.partner}` : ''}</span>
        <p>${r.reason}</p>
        ${r.report ? html`<div class="notice referral-report"><strong>Report:</strong> ${r.report}
          ${r.opinion ? html`<p><strong>Opinion:</strong> ${words(r.opinion)}${r.recommendation ? ` — ${r.recommendation}` : ''}</p>` : nothing}</div>` : nothing}
      </li>`)}</ul>` : html`<p class="muted">No referral requested.</p>`}</div>
      ${this.isOpen() ? this.renderForm() : nothing}
    </section>`;
  }

  renderForm() {
    const p = this.problem('referral');
    const f = this.form;
    const select = (name, label, values) => html`<div class="field"><label for="referral-${name}">${label}</label>
      <select id="referral-${name}" .value=${live(f[name])} @change=${(e) => { this.form = { ...this.form, [name]: e.target.value }; }}>
        ${values.map((value) => html`<option value=${value} ?selected=${f[name] === value}>${words(value)}</option>`)}
      </select></div>`;
    return html`<form class="stacked" @submit=${(e) => this.request(e)} novalidate aria-label="Request a referral">
      ${select('specialty', 'Specialty', SPECIALTIES)}
      ${select('priority', 'Priority', PRIORITIES)}
      <div class="field wide"><label for="referral-reason">Reason (what the partner should know)</label>
        <textarea id="referral-reason" rows="2" .value=${f.reason} @input=${(e) => { this.form = { ...this.form, reason: e.target.value }; }}
          aria-invalid=${invalid(p, 'reason') ? 'true' : 'false'} aria-describedby="referral-reason-error"></textarea>
        ${fieldError(p, 'reason', 'referral-reason-error')}</div>
      <div class="field wide">${this.problemOf('referral', ['reason'])}
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.pending === 'referral'}>Request referral</button></div></div>
    </form>`;
  }
}
customElements.define('referral-requests', ReferralRequests);
