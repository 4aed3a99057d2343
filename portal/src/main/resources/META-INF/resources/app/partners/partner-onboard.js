import { html, nothing } from 'lit';
import { post } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import { SPECIALTIES } from '../referrals/referral-terms.js';
import './secret-value.js';

const FIELDS = ['name', 'specialties', 'webhookUrl', 'jwksUrl'];

function emptyForm() {
  return { name: '', specialties: [], webhookUrl: '', authentication: 'CLIENT_SECRET', jwksUrl: '' };
}

/**
 * Onboarding a referral partner (clinic admins): its name, specialties, webhook URL, and whether its client uses a
 * secret or signs JWTs with keys at a JWKS URL. The answer's client id and secrets are shown this once, each with a
 * copy button; leaving the page forgets them.
 */
class PartnerOnboard extends PortalElement {
  static properties = {
    form: { state: true },
    problem: { state: true },
    saving: { state: true },
    onboarded: { state: true },
  };

  constructor() {
    super();
    this.form = emptyForm();
    this.problem = null;
    this.saving = false;
    this.onboarded = null;
  }

  set(name, value) {
    this.form = { ...this.form, [name]: value };
  }

  toggleSpecialty(specialty, checked) {
    const chosen = new Set(this.form.specialties);
    if (checked) {
      chosen.add(specialty);
    } else {
      chosen.delete(specialty);
    }
    this.set('specialties', SPECIALTIES.filter((each) => chosen.has(each)));
  }

  async onboard(event) {
    event.preventDefault();
    this.saving = true;
    const form = this.form;
    const body = { name: form.name.trim(), specialties: form.specialties, webhookUrl: form.webhookUrl.trim() };
    if (form.authentication === 'SIGNED_JWT') {
      body.jwksUrl = form.jwksUrl.trim();
    }
    try {
      const answer = await post('/api/partners', body);
      this.onboarded = { ...answer.body, name: body.name, jwksUrl: body.jwksUrl };
      this.problem = null;
      await this.updateComplete;
      this.querySelector('h1')?.focus();
    } catch (problem) {
      this.problem = problem;
    }
    this.saving = false;
  }

  another() {
    this.onboarded = null;
    this.form = emptyForm();
    this.updateComplete.then(() => this.querySelector('h1')?.focus());
  }

  render() {
    return this.onboarded ? this.renderOnboarded() : this.renderForm();
  }

  /** A duplicate name (409) has no field in `errors`, but it is about the name. */
  nameMessage() {
    const p = this.problem;
    return p?.messageFor('name') || (p?.type === 'urn:stepwise:problem:duplicate' ? p.detail : '');
  }

  renderForm() {
    const p = this.problem;
    const jwt = this.form.authentication === 'SIGNED_JWT';
    const nameMessage = this.nameMessage();
    return html`
      <h1 tabindex="-1">Onboard a partner</h1>
      <p class="back-link"><a href="#/partners">← Partners</a></p>
      <section class="card" aria-labelledby="onboard-title">
        <h2 id="onboard-title">The partner</h2>
        <p class="muted">Creates the partner and its client in one step. It is active at once: a referral whose
          specialty only it offers goes to it.</p>
        <form class="stacked partner-form" @submit=${this.onboard} novalidate>
          <div class="field wide">
            <label for="onboard-name">Name</label>
            <input id="onboard-name" required maxlength="200" autocomplete="off" .value=${this.form.name}
              aria-invalid=${nameMessage ? 'true' : 'false'} aria-describedby="onboard-name-hint onboard-name-error"
              @input=${(event) => this.set('name', event.target.value)}>
            <p class="hint" id="onboard-name-hint">One line. The client id is made from it
              (“Lakeside Psychology” → <code>partner-lakeside-psychology</code>), so it must differ from other partners'.</p>
            ${nameMessage ? html`<p class="field-error" id="onboard-name-error">${nameMessage}</p>` : nothing}
          </div>
          <fieldset class="field wide" aria-describedby="onboard-specialties-error">
            <legend>Specialties it offers</legend>
            <div class="checkbox-grid">${SPECIALTIES.map((specialty) => html`<label class="checkbox">
              <input type="checkbox" name="specialties" .value=${specialty}
                .checked=${this.form.specialties.includes(specialty)}
                @change=${(event) => this.toggleSpecialty(specialty, event.target.checked)}>
              ${words(specialty)}</label>`)}</div>
            ${fieldError(p, 'specialties', 'onboard-specialties-error')}
          </fieldset>
          <div class="field wide">
            <label for="onboard-webhook">Webhook URL</label>
            <input id="onboard-webhook" type="url" required autocomplete="off" inputmode="url" .value=${this.form.webhookUrl}
              aria-invalid=${invalid(p, 'webhookUrl') ? 'true' : 'false'}
              aria-describedby="onboard-webhook-hint onboard-webhook-error"
              @input=${(event) => this.set('webhookUrl', event.target.value)}>
            <p class="hint" id="onboard-webhook-hint">Where Stepwise posts signed notices of referral changes: https to a
              public address (the local platform also takes http to this machine).</p>
            ${fieldError(p, 'webhookUrl', 'onboard-webhook-error')}
          </div>
          <fieldset class="field wide">
            <legend>How its client signs in</legend>
            <label class="checkbox"><input type="radio" name="authentication" value="CLIENT_SECRET"
              .checked=${!jwt} @change=${() => this.set('authentication', 'CLIENT_SECRET')}>
              With a client secret (made now, shown once)</label>
            <label class="checkbox"><input type="radio" name="authentication" value="SIGNED_JWT"
              .checked=${jwt} @change=${() => this.set('authentication', 'SIGNED_JWT')}>
              With JWTs signed by its own keys (no secret; its public key set's address below)</label>
          </fieldset>
          ${jwt ? html`<div class="field wide">
            <label for="onboard-jwks">JWKS URL</label>
            <input id="onboard-jwks" type="url" required autocomplete="off" inputmode="url" .value=${this.form.jwksUrl}
              aria-invalid=${invalid(p, 'jwksUrl') ? 'true' : 'false'}
              aria-describedby="onboard-jwks-hint onboard-jwks-error"
              @input=${(event) => this.set('jwksUrl', event.target.value)}>
            <p class="hint" id="onboard-jwks-hint">The partner's public keys as a JWK Set, each with a <code>kid</code>:
              https to a public address.</p>
            ${fieldError(p, 'jwksUrl', 'onboard-jwks-error')}
          </div>` : nothing}
          <div class="field wide">
            ${nameMessage && p?.type === 'urn:stepwise:problem:duplicate' ? nothing
    : html`<problem-alert .problem=${p} .fields=${FIELDS}></problem-alert>`}
            <div class="actions"><button class="primary" type="submit" ?disabled=${this.saving}>
              ${this.saving ? 'Onboarding…' : 'Onboard partner'}</button>
              <a href="#/partners">Cancel</a></div>
          </div>
        </form>
      </section>`;
  }

  renderOnboarded() {
    const o = this.onboarded;
    return html`
      <h1 tabindex="-1">${o.name} is onboarded</h1>
      <p class="back-link"><a href="#/partners">← Partners</a></p>
      <section class="card" aria-labelledby="credentials-title">
        <h2 id="credentials-title">Its credentials</h2>
        <p class="notice secret-warning"><strong>Copy these now.</strong> Stepwise shows the secrets only this once and
          does not keep the client secret; they are gone when you leave this page. Hand them to the partner's
          integrator through a channel fit for credentials. A lost secret is replaced by rotating it on the partner's
          page.</p>
        <secret-value .label=${'Client id'} .value=${o.clientId}></secret-value>
        ${o.clientSecret ? html`<secret-value .label=${'Client secret'} .value=${o.clientSecret}></secret-value>`
    : html`<p>No client secret: the partner signs in with JWTs signed by its own keys, published at
          <code>${o.jwksUrl}</code>.</p>`}
        ${o.webhookSecret ? html`<secret-value .label=${'Webhook secret'} .value=${o.webhookSecret}></secret-value>
          <p class="hint">The partner checks each webhook's signature with it (Standard Webhooks).</p>` : nothing}
      </section>
      <div class="actions">
        <a class="button primary" href="#/partners/${encodeURIComponent(o.id)}">Open the partner's page</a>
        <button type="button" @click=${this.another}>Onboard another partner</button>
      </div>`;
  }
}
customElements.define('partner-onboard', PartnerOnboard);
