import { html, nothing } from 'lit';
import { get, path, post, put } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { busy } from '../ui/busy.js';
import { dateTime, words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import { activeBadge, authenticationWords } from './partner-terms.js';
import './secret-value.js';

/**
 * One referral partner, for clinic admins: who it is and how it signs in; setting its webhook URL (which also
 * re-enables deliveries stopped by a 410); rotating its client secret (with a confirm step: the old one stops at once)
 * and its webhook secret, each new secret shown this once; deactivating it (with a confirm step); and the way to its
 * webhook deliveries. Every change sends the ETag read; a stale one offers to reload and re-apply.
 */
class PartnerPage extends PortalElement {
  static properties = {
    partnerId: { attribute: false },
    partner: { state: true },
    etag: { state: true },
    problem: { state: true },
    problems: { state: true },
    working: { state: true },
    webhookUrl: { state: true },
    confirming: { state: true },
    secrets: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    this.partner = null;
    this.etag = null;
    this.problem = null;
    this.problems = {};
    this.working = '';
    this.webhookUrl = '';
    this.confirming = '';
    this.secrets = {};
    this.notice = '';
  }

  willUpdate(changed) {
    if (changed.has('partnerId')) {
      // Another partner on the same page: nothing of the previous one stays, least of all a secret.
      this.partner = null;
      this.problems = {};
      this.secrets = {};
      this.confirming = '';
      this.notice = '';
      this.load(true);
    }
  }

  async load(fillForm = false) {
    try {
      const { body, etag } = await get(path`/api/partners/${this.partnerId}`);
      this.partner = body;
      this.etag = etag;
      this.problem = null;
      if (fillForm) {
        this.webhookUrl = body.webhook?.url || '';
      }
    } catch (problem) {
      this.problem = problem;
    }
  }

  /** Sends one change with the current ETag; out: the answer, or null after showing the refusal where it belongs. */
  async change(kind, send) {
    this.working = kind;
    this.notice = '';
    this.problems = { ...this.problems, [kind]: null };
    try {
      const answer = await send(this.etag);
      this.etag = answer.etag || this.etag;
      return answer.body;
    } catch (problem) {
      this.problems = { ...this.problems, [kind]: problem };
      if (problem.status === 503 || problem.status === 422) {
        // The detail says what changed anyway (a deactivation stands even when Keycloak was not reachable).
        await this.load();
      }
      return null;
    } finally {
      this.working = '';
    }
  }

  async reapply(kind) {
    await this.load();
    if (!this.problem) {
      await this[kind]();
    }
  }

  async webhook(event) {
    event?.preventDefault();
    const answer = await this.change('webhook', (etag) => put(path`/api/partners/${this.partnerId}/webhook`,
      { url: this.webhookUrl.trim() }, { etag }));
    if (answer) {
      this.partner = { ...this.partner, webhook: { url: answer.url, enabled: answer.enabled,
        disabledReason: answer.disabledReason } };
      this.webhookUrl = answer.url;
      if (answer.webhookSecret) {
        this.secrets = { ...this.secrets, webhook: { value: answer.webhookSecret, first: true } };
      }
      this.notice = answer.enabled ? 'Webhook URL saved; deliveries go there from now on.' : 'Webhook URL saved.';
    }
  }

  async clientSecret() {
    const answer = await this.change('clientSecret', (etag) => post(path`/api/partners/${this.partnerId}/rotate-secret`,
      undefined, { etag }));
    this.confirming = '';
    if (answer) {
      this.secrets = { ...this.secrets, client: answer.clientSecret };
      await this.load();
      this.focusOn('#client-secret-title');
    }
  }

  async webhookSecret() {
    const answer = await this.change('webhookSecret', (etag) => post(
      path`/api/partners/${this.partnerId}/rotate-webhook-secret`, undefined, { etag }));
    if (answer) {
      this.secrets = { ...this.secrets, webhook: { value: answer.webhookSecret,
        previousRetiresAt: answer.previousSecretRetiresAt } };
      await this.load();
      this.focusOn('#webhook-secret-title');
    }
  }

  async deactivate() {
    const answer = await this.change('deactivate', (etag) => post(path`/api/partners/${this.partnerId}/deactivate`,
      undefined, { etag }));
    this.confirming = '';
    if (answer) {
      this.partner = answer;
      this.secrets = {};
      this.notice = `${answer.name} is deactivated: its client is disabled and every token it holds is refused.`;
      this.focusOn('h1');
    }
  }

  async confirm(kind) {
    this.confirming = kind;
    this.problems = { ...this.problems, [kind]: null };
    this.focusOn(`#confirm-${kind}`);
  }

  async focusOn(selector) {
    await this.updateComplete;
    this.querySelector(selector)?.focus();
  }

  render() {
    if (this.problem) {
      return html`<h1 tabindex="-1">Partner</h1><problem-alert .problem=${this.problem}></problem-alert>
        <p><a href="#/partners">Back to partners</a></p>`;
    }
    if (!this.partner) {
      return html`<h1 tabindex="-1">Partner</h1>${busy('Loading the partner…')}`;
    }
    const p = this.partner;
    return html`
      <h1 tabindex="-1">${p.name}</h1>
      <p class="back-link"><a href="#/partners">← Partners</a></p>
      <div role="status" class="partner-notice">${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
      ${this.renderFacts(p)}
      ${p.active ? html`
        ${this.renderWebhook(p)}
        ${this.renderCredentials(p)}
        ${this.renderDeactivate(p)}` : this.renderDeactivated(p)}`;
  }

  renderFacts(p) {
    const deliveries = `#/partners/${encodeURIComponent(p.id)}/deliveries`;
    return html`<section class="card" aria-labelledby="partner-facts-title">
      <h2 id="partner-facts-title">The partner ${activeBadge(p)}</h2>
      <dl class="partner-facts">
        <dt>Partner id</dt><dd><code>${p.id}</code> <span class="muted">— the care team assigns referrals by it</span></dd>
        <dt>Client id</dt><dd><code>${p.clientId}</code></dd>
        <dt>Specialties</dt><dd>${p.specialties.map((specialty) => words(specialty)).join(', ')}</dd>
        <dt>Signs in with</dt><dd>${authenticationWords(p.authentication)}</dd>
        ${p.jwksUrl ? html`<dt>JWKS URL</dt><dd><code>${p.jwksUrl}</code></dd>` : nothing}
        <dt>Webhook</dt>
        <dd>${p.webhook ? html`<code>${p.webhook.url}</code>
          ${!p.active ? html`<span class="badge">None sent: deactivated</span>` : p.webhook.enabled
    ? html`<span class="badge ok">Deliveries on</span>` : html`<span class="badge warning">Deliveries stopped</span>`}
          ${p.webhook.disabledReason ? html`<br><span class="muted">${p.webhook.disabledReason}</span>` : nothing}`
    : html`<span class="muted">None: the partner polls for changes</span>`}</dd>
        <dt>Onboarded</dt><dd>${dateTime(p.createdAt)}</dd>
        ${p.deactivatedAt ? html`<dt>Deactivated</dt><dd>${dateTime(p.deactivatedAt)}</dd>` : nothing}
      </dl>
      <p><a class="button" href=${deliveries}>Webhook deliveries</a> <span class="muted">every notice sent to the partner, its attempts, and a resend</span></p>
    </section>`;
  }

  renderWebhook(p) {
    const problem = this.problems.webhook;
    return html`<section class="card" aria-labelledby="webhook-title">
      <h2 id="webhook-title">Webhook</h2>
      ${p.webhook && !p.webhook.enabled ? html`<p class="notice">Deliveries are stopped (the receiver answered
        410 Gone). Saving the URL — the same or a new one — turns them on again; notices due meanwhile were skipped.</p>`
    : nothing}
      <form class="inline-form partner-webhook-form" @submit=${this.webhook} novalidate
        @reapply=${(event) => { event.stopPropagation(); this.reapply('webhook'); }}>
        <div class="field grow">
          <label for="partner-webhook-url">Webhook URL</label>
          <input id="partner-webhook-url" type="url" required autocomplete="off" inputmode="url" .value=${this.webhookUrl}
            aria-invalid=${invalid(problem, 'url') || problem?.status === 422 ? 'true' : 'false'}
            aria-describedby="partner-webhook-hint partner-webhook-error"
            @input=${(event) => { this.webhookUrl = event.target.value; }}>
          <p class="hint" id="partner-webhook-hint">https to a public address (the local platform also takes http to
            this machine).</p>
          ${problem?.messageFor('url') ? fieldError(problem, 'url', 'partner-webhook-error')
    : problem?.status === 422 ? html`<p class="field-error" id="partner-webhook-error">${problem.detail}</p>` : nothing}
        </div>
        <div class="actions"><button class="primary" type="submit" ?disabled=${this.working === 'webhook'}>
          ${this.working === 'webhook' ? 'Saving…' : 'Save webhook URL'}</button></div>
      </form>
      ${problem && !problem.messageFor('url') && problem.status !== 422
    ? html`<problem-alert .problem=${problem} .fields=${['url']}
        @reapply=${(event) => { event.stopPropagation(); this.reapply('webhook'); }}></problem-alert>` : nothing}
    </section>`;
  }

  renderCredentials(p) {
    return html`<section class="card" aria-labelledby="credentials-title">
      <h2 id="credentials-title">Secrets</h2>
      ${p.authentication === 'CLIENT_SECRET' ? this.renderClientSecret()
    : html`<p>The partner signs in with JWTs signed by its own keys: it has no client secret. It rotates keys in its
        JWK Set at <code>${p.jwksUrl}</code>.</p>`}
      ${this.renderWebhookSecret(p)}
    </section>`;
  }

  renderClientSecret() {
    const problem = this.problems.clientSecret;
    const secret = this.secrets.client;
    return html`<div class="partner-change" @reapply=${(event) => { event.stopPropagation(); this.reapply('clientSecret'); }}>
      <h3 id="client-secret-title" tabindex="-1">Client secret</h3>
      ${secret ? html`<p class="notice secret-warning"><strong>Copy the new client secret now.</strong> It is shown only
          this once; the old one no longer works.</p>
        <secret-value .label=${'New client secret'} .value=${secret}></secret-value>` : nothing}
      ${this.confirming === 'clientSecret' ? html`<div class="confirm" role="group" aria-labelledby="confirm-clientSecret">
          <p id="confirm-clientSecret" tabindex="-1"><strong>The current secret stops working at once</strong> (tokens
            already issued run out within 5 minutes). Arrange the switch with the partner's integrator first.</p>
          <div class="actions">
            <button type="button" class="danger" ?disabled=${this.working === 'clientSecret'}
              @click=${() => this.clientSecret()}>${this.working === 'clientSecret' ? 'Rotating…' : 'Rotate now'}</button>
            <button type="button" @click=${() => { this.confirming = ''; }}>Keep the current secret</button>
          </div>
        </div>`
    : html`<p class="muted">Makes a new secret for the partner's client; the old one is refused from then on.</p>
        <div class="actions"><button type="button" @click=${() => this.confirm('clientSecret')}>
          Rotate client secret…</button></div>`}
      <problem-alert .problem=${problem}></problem-alert>
    </div>`;
  }

  renderWebhookSecret(p) {
    const problem = this.problems.webhookSecret;
    const secret = this.secrets.webhook;
    return html`<div class="partner-change" @reapply=${(event) => { event.stopPropagation(); this.reapply('webhookSecret'); }}>
      <h3 id="webhook-secret-title" tabindex="-1">Webhook secret</h3>
      ${secret ? html`<p class="notice secret-warning"><strong>Copy the new webhook secret now.</strong> It is shown only
          this once. ${secret.previousRetiresAt ? html`The previous secret keeps signing too until
          ${dateTime(secret.previousRetiresAt)}, so the partner can switch without losing a notice.`
    : 'It signs the webhooks from now on.'}</p>
        <secret-value .label=${'New webhook secret'} .value=${secret.value}></secret-value>` : nothing}
      ${p.webhook ? html`<p class="muted">A new secret signs the webhooks from now on; for 24 hours every webhook carries
          a signature with the old one too.</p>
        <div class="actions"><button type="button" ?disabled=${this.working === 'webhookSecret'}
          @click=${() => this.webhookSecret()}>${this.working === 'webhookSecret' ? 'Rotating…'
    : 'Rotate webhook secret'}</button></div>`
    : html`<p class="muted">The partner has no webhook yet: setting its URL makes its first webhook secret.</p>`}
      <problem-alert .problem=${problem}></problem-alert>
    </div>`;
  }

  renderDeactivate(p) {
    const problem = this.problems.deactivate;
    return html`<section class="card danger-zone" aria-labelledby="deactivate-title"
        @reapply=${(event) => { event.stopPropagation(); this.reapply('deactivate'); }}>
      <h2 id="deactivate-title">Deactivate</h2>
      ${this.confirming === 'deactivate' ? html`<div class="confirm" role="group" aria-labelledby="confirm-deactivate">
          <p id="confirm-deactivate" tabindex="-1"><strong>Deactivate ${p.name}?</strong> It gets no new referrals and no
            webhooks, its client is disabled, and every token it holds is refused at once. Its credentials and webhook
            can no longer change. This cannot be undone here.</p>
          <div class="actions">
            <button type="button" class="danger" ?disabled=${this.working === 'deactivate'}
              @click=${() => this.deactivate()}>${this.working === 'deactivate' ? 'Deactivating…'
    : 'Yes, deactivate'}</button>
            <button type="button" @click=${() => { this.confirming = ''; }}>Keep it active</button>
          </div>
        </div>`
    : html`<p class="muted">For a partner the clinic no longer works with, or whose credentials may be compromised.</p>
        <div class="actions"><button type="button" class="danger" @click=${() => this.confirm('deactivate')}>
          Deactivate partner…</button></div>`}
      <problem-alert .problem=${problem}></problem-alert>
    </section>`;
  }

  renderDeactivated(p) {
    const problem = this.problems.deactivate;
    return html`<section class="card" aria-labelledby="deactivated-title"
        @reapply=${(event) => { event.stopPropagation(); this.reapply('deactivate'); }}>
      <h2 id="deactivated-title">Deactivated</h2>
      <p>${p.name} was deactivated ${dateTime(p.deactivatedAt)}. It gets no referrals and no webhooks; its credentials
        and webhook no longer change.</p>
      <problem-alert .problem=${problem}></problem-alert>
      <p class="muted">If deactivating said the identity provider could not be reached, the partner's tokens are refused
        all the same, but its client may still be enabled there: repeat the deactivation to disable it.</p>
      <div class="actions"><button type="button" ?disabled=${this.working === 'deactivate'}
        @click=${() => this.deactivate()}>${this.working === 'deactivate' ? 'Deactivating…'
    : 'Repeat deactivation'}</button></div>
    </section>`;
  }
}
customElements.define('partner-page', PartnerPage);
