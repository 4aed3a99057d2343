import { html, nothing } from 'lit';
import { get, path, post } from '../core/api.js';
import { live } from 'lit/directives/live.js';
import { PlanSection } from './plan-section.js';

/**
 * Applies a plan template: its activities, goals and referral requests arrive in one change, and the safety rules run
 * once. Templates with medications or procedures are applied by a clinician (the server says so to others).
 */
class TemplateApply extends PlanSection {
  static properties = { ...PlanSection.properties, templates: { state: true }, chosen: { state: true } };

  constructor() {
    super();
    this.templates = null;
    this.chosen = '';
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      const templates = (await get('/api/plan-templates?size=100')).body.content;
      this.templates = this.isClinician() ? templates : await this.withoutClinicianTreatments(templates);
      this.chosen = this.templates[0]?.id || '';
    } catch (problem) {
      this.problems = { ...this.problems, template: problem };
    }
  }

  /** The templates a coordinator may apply: none of their treatments is a medication or a procedure. */
  async withoutClinicianTreatments(templates) {
    const { body } = await get('/api/catalog/treatments?status=PUBLISHED&size=100');
    const categories = new Map(body.content.map((treatment) => [treatment.id, treatment.category]));
    return templates.filter((template) => template.activities
      .every((activity) => !['MEDICATION', 'PROCEDURE'].includes(categories.get(activity.treatmentId))));
  }

  render() {
    const chosen = this.templates?.find((template) => template.id === this.chosen);
    return html`<section class="card" aria-labelledby="template-title">
      <h2 id="template-title">Apply a template</h2>
      ${!this.templates ? html`<p class="muted">Loading templates…</p>` : !this.templates.length
    ? html`<p class="muted">Every template holds a medication or a procedure: a clinician applies them.</p>` : html`<form class="inline-form" @submit=${(event) => {
        event.preventDefault();
        this.submit('template', (etag, id) => post(path`/api/plans/${id}/apply-template`, { templateId: this.chosen }, { etag }));
      }}>
        <div class="field"><label for="template-choice">Template</label>
          <select id="template-choice" .value=${live(this.chosen)} @change=${(e) => { this.chosen = e.target.value; }}>
            ${this.templates.map((template) => html`<option value=${template.id} ?selected=${template.id === this.chosen}>${template.name || template.id}</option>`)}
          </select></div>
        <button type="submit" ?disabled=${!this.chosen || this.pending === 'template'}>Apply template</button>
      </form>
      ${chosen?.description ? html`<p class="muted">${chosen.description}</p>` : nothing}`}
      ${this.problemOf('template', ['templateId'])}
    </section>`;
  }
}
customElements.define('template-apply', TemplateApply);
