import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { path, post } from '../core/api.js';
import { fieldError, invalid } from '../ui/problems.js';
import { number, words } from '../ui/format.js';
import { PlanSection } from './plan-section.js';

/** The CDC 2022 marks on total daily MME: reassess at 50, avoid (or justify) 90 and above. */
const MME_MARKS = [50, 90];
const OVERRIDABLE = ['INTERACTION', 'OPIOID_DOSE'];

/**
 * The plan's safety findings as the server evaluated them after the last change: blocks in the rule's words, warnings,
 * overridden findings with who and why, and the running total daily MME with the 50 and 90 MME/day marks. A clinician
 * overrides an interaction or dose finding with a reason.
 */
class SafetyPanel extends PlanSection {
  static properties = { ...PlanSection.properties, reasons: { state: true } };

  constructor() {
    super();
    this.reasons = {};
  }

  render() {
    const findings = this.plan.findings;
    const open = findings.filter((finding) => !finding.override);
    const blocks = open.filter((finding) => finding.severity === 'BLOCK');
    return html`<section class="card safety" aria-labelledby="safety-title">
      <h2 id="safety-title">Safety</h2>
      ${this.renderMme()}
      <div>
        <p class="safety-summary" role="status">${blocks.length
    ? html`<span class="badge block">${blocks.length} blocking</span>` : html`<span class="badge ok">No block</span>`}
          ${open.length - blocks.length ? html`<span class="badge warning">${open.length - blocks.length} warning(s)</span>` : nothing}</p>
        ${findings.length === 0 ? html`<p class="muted">No safety findings.</p>` : nothing}
        ${findings.map((finding) => this.renderFinding(finding))}
      </div>
    </section>`;
  }

  renderMme() {
    const total = Number(this.plan.totalDailyMme || 0);
    const scale = Math.max(120, total * 1.1);
    const level = total >= 90 ? 'block' : total >= 50 ? 'warning' : 'ok';
    return html`<div class="mme">
      <p><strong>Total daily MME:</strong> <span class="mme-total badge ${level}">${number(total, 1)} MME/day</span>
        <span class="muted">(CDC 2022: reassess at 50, avoid or justify 90 and above; the factors estimate exposure and
        are never for converting one opioid into another)</span></p>
      <div class="meter" role="meter" aria-label="Total daily MME" aria-valuemin="0" aria-valuemax=${Math.round(scale)}
        aria-valuenow=${number(total, 1)} aria-valuetext="${number(total, 1)} MME per day">
        <div class="meter-fill ${level}" style=${styleMap({ width: `${Math.min(100, (total / scale) * 100)}%` })}></div>
        ${MME_MARKS.map((mark) => html`<span class="meter-mark" style=${styleMap({ left: `${(mark / scale) * 100}%` })}>${mark}</span>`)}
      </div>
    </div>`;
  }

  renderFinding(finding) {
    const names = finding.activityIds.map((id) => this.plan.activities.find((a) => a.id === id)?.name || id);
    const severity = finding.override ? 'overridden' : finding.severity === 'BLOCK' ? 'block' : 'warning';
    return html`<div class="finding ${severity}" data-rule=${finding.rule}>
      <p><span class="badge ${finding.severity === 'BLOCK' ? 'block' : 'warning'}">${finding.override ? 'Overridden' : words(finding.severity)}</span>
        <strong>${words(finding.rule)}</strong>${names.length ? html` — ${names.join(' + ')}` : nothing}</p>
      <p class="finding-message">${finding.message}</p>
      ${finding.override ? html`<p class="muted">Overridden by ${finding.override.by}: “${finding.override.reason}”</p>
        ${this.problem(`override-${finding.id}`) ? this.problemOf(`override-${finding.id}`) : nothing}`
    : this.renderOverride(finding)}
    </div>`;
  }

  renderOverride(finding) {
    if (!this.isClinician() || !this.isOpen() || !OVERRIDABLE.includes(finding.rule)) {
      return nothing;
    }
    const key = `override-${finding.id}`;
    const id = `reason-${finding.id}`;
    const problem = this.problem(key);
    return html`<form class="inline-form" @submit=${(event) => {
      event.preventDefault();
      this.submit(key, (etag, planId) => post(path`/api/plans/${planId}/overrides`,
        { findingId: finding.id, reason: this.reasons[finding.id] || '' }, { etag }));
    }}>
      <div class="field">
        <label for=${id}>Reason to proceed despite this finding</label>
        <input id=${id} size="40" .value=${this.reasons[finding.id] || ''} aria-invalid=${invalid(problem, 'reason') ? 'true' : 'false'}
          aria-describedby="${id}-error" @input=${(e) => { this.reasons = { ...this.reasons, [finding.id]: e.target.value }; }}>
        ${fieldError(problem, 'reason', `${id}-error`)}
      </div>
      <button type="submit" ?disabled=${this.pending === key}>Override</button>
    </form>${this.problemOf(key, ['reason'])}`;
  }
}
customElements.define('safety-panel', SafetyPanel);
