import { html, nothing } from 'lit';
import { PortalElement } from '../core/portal-element.js';

/**
 * A field's message from the server, placed under the field it concerns; pair it with the field through
 * `aria-describedby` and `aria-invalid` (see {@link invalid}).
 */
export function fieldError(problem, field, id) {
  const message = problem?.messageFor?.(field);
  return message ? html`<p class="field-error" id=${id}>${message}</p>` : nothing;
}

/** True when the server named this field: for `aria-invalid`. */
export function invalid(problem, field) {
  return Boolean(problem?.messageFor?.(field));
}

/**
 * A refused request in words: the problem's title and detail, and the fields the form did not show itself.
 * A stale edit (412) offers to reload and re-apply the change (the `reapply` event); a safety block lists its
 * findings in the rules' own words.
 */
export class ProblemAlert extends PortalElement {
  static properties = {
    problem: { attribute: false },
    fields: { attribute: false },
  };

  constructor() {
    super();
    this.problem = null;
    this.fields = [];
  }

  render() {
    const problem = this.problem;
    if (!problem) {
      return nothing;
    }
    const others = problem.unclaimed ? problem.unclaimed(this.fields) : [];
    const findings = Array.isArray(problem.body?.findings) ? problem.body.findings : [];
    // A safety block's detail repeats its findings: they are listed one by one below instead.
    const detail = findings.length ? '' : problem.detail;
    return html`<div class="problem" role="alert">
      <p class="problem-title"><strong>${problem.title}</strong>${detail ? html` — ${detail}` : nothing}</p>
      ${others.length ? html`<ul class="problem-fields">${others.map((error) => html`<li>${error.field ? html`<code>${error.field}</code>: ` : nothing}${error.message}</li>`)}</ul>` : nothing}
      ${findings.length ? html`<ul class="problem-findings">${findings.map((finding) => html`<li><strong>${finding.rule}</strong>: ${finding.message}</li>`)}</ul>` : nothing}
      ${problem.stale ? html`<p>Someone else changed this since you opened it. Your input is kept.
        <button type="button" class="primary" @click=${() => this.dispatchEvent(new CustomEvent('reapply', { bubbles: true, composed: true }))}>Reload and re-apply my change</button></p>` : nothing}
      ${problem.body?.correlationId ? html`<p class="problem-ref">Reference for support: <code>${problem.body.correlationId}</code></p>` : nothing}
    </div>`;
  }
}
customElements.define('problem-alert', ProblemAlert);
