import { html, nothing } from 'lit';
import { get, path, post, put } from '../core/api.js';
import { PortalElement } from '../core/portal-element.js';
import { navigate } from '../core/router.js';
import { busy } from '../ui/busy.js';
import { words } from '../ui/format.js';
import { fieldError, invalid } from '../ui/problems.js';
import '../ui/problems.js';
import { CATEGORIES, FLAGS, INVASIVENESS, MODES, SPECIALISTS, forgetTreatment } from './catalog-words.js';
import { mergeEdits } from '../ui/merge.js';

const FIELDS = ['id', 'name', 'category', 'kind', 'description', 'mode', 'invasiveness', 'deliveredBy', 'sideEffects',
  'flags'];

function emptyForm() {
  return {
    id: '', name: '', category: '', kind: '', description: '', mode: '', invasiveness: '', deliveredBy: [],
    sideEffects: '', flags: Object.fromEntries(FLAGS.map((flag) => [flag.key, false])),
  };
}

function formOf(treatment) {
  return {
    id: treatment.id, name: treatment.name, category: treatment.category, kind: treatment.kind,
    description: treatment.description || '', mode: treatment.mode, invasiveness: treatment.invasiveness,
    deliveredBy: [...treatment.deliveredBy], sideEffects: treatment.sideEffects.join('\n'),
    flags: Object.fromEntries(FLAGS.map((flag) => [flag.key, Boolean(treatment.flags[flag.key])])),
  };
}

/** The request body: empty choices are sent as null (the server names them), side effects one a line. */
function requestOf(form, creating) {
  const body = {
    name: form.name, category: form.category || null, kind: form.kind.trim(), description: form.description,
    mode: form.mode || null, invasiveness: form.invasiveness || null, deliveredBy: form.deliveredBy,
    sideEffects: form.sideEffects.split('\n').map((line) => line.trim()).filter(Boolean), flags: form.flags,
  };
  if (creating && form.id.trim()) {
    body.id = form.id.trim();
  }
  return body;
}

/**
 * The clinic admin's form for a treatment: a new draft (no `treatmentId`) or a revision of an existing one, covering
 * every field the API takes. A refused save keeps everything typed and names each field the server refused; a stale
 * ETag offers to reload and re-apply the typed values.
 */
class TreatmentForm extends PortalElement {
  static properties = {
    treatmentId: { attribute: false },
    form: { state: true },
    original: { state: true },
    problem: { state: true },
    loadProblem: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.treatmentId = null;
    this.form = null;
    this.original = null;
    this.problem = null;
    this.loadProblem = null;
    this.saving = false;
    this.etag = null;
  }

  get creating() {
    return !this.treatmentId;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.creating) {
      this.form = emptyForm();
    } else {
      this.load();
    }
  }

  async load() {
    try {
      const { body, etag } = await get(path`/api/catalog/treatments/${this.treatmentId}`);
      this.original = body;
      this.etag = etag;
      this.form = formOf(body);
    } catch (problem) {
      this.loadProblem = problem;
    }
  }

  set(name, value) {
    this.form = { ...this.form, [name]: value };
  }

  toggleSpecialist(specialist, on) {
    const chosen = this.form.deliveredBy.filter((entry) => entry !== specialist);
    this.set('deliveredBy', on ? SPECIALISTS.filter((s) => s === specialist || chosen.includes(s)) : chosen);
  }

  async save(event) {
    event?.preventDefault();
    this.saving = true;
    try {
      const { body } = this.creating
        ? await post('/api/catalog/treatments', requestOf(this.form, true))
        : await put(path`/api/catalog/treatments/${this.treatmentId}`, requestOf(this.form, false), { etag: this.etag });
      forgetTreatment(body.id);
      navigate(`#/catalog/${encodeURIComponent(body.id)}`);
    } catch (problem) {
      this.problem = problem;
      this.saving = false;
      this.updateComplete.then(() => this.querySelector('[aria-invalid="true"]')?.focus());
    }
  }

  /**
   * After a stale ETag: read the treatment as it is now, keep the fields this user changed and take everyone else's
   * changes for the rest (never undoing another admin's edit), then save; fields both changed are named.
   */
  async reapply() {
    try {
      const { body, etag } = await get(path`/api/catalog/treatments/${this.treatmentId}`);
      const { merged, conflicts } = mergeEdits(formOf(this.original), this.form, formOf(body));
      this.form = merged;
      this.conflicts = conflicts;
      this.original = body;
      this.etag = etag;
    } catch (problem) {
      this.problem = problem;
      return;
    }
    this.save();
  }

  render() {
    const title = this.creating ? 'New treatment' : `Edit ${this.original ? this.original.name : 'treatment'}`;
    const back = this.creating ? '#/catalog' : `#/catalog/${encodeURIComponent(this.treatmentId)}`;
    if (this.loadProblem) {
      return html`<p><a href=${back}>← Back</a></p><h1 tabindex="-1">${title}</h1>
        <problem-alert .problem=${this.loadProblem}></problem-alert>`;
    }
    if (!this.form) {
      return html`<h1 tabindex="-1">${title}</h1>${busy('Loading the treatment…')}`;
    }
    const p = this.problem;
    return html`
      <p><a href=${back}>← ${this.creating ? 'Treatment catalog' : 'Back to the treatment'}</a></p>
      <h1 tabindex="-1">${title}</h1>
      ${this.creating ? html`<p class="muted">A new treatment starts as a draft: nobody outside the catalog sees it until
        you publish it.</p>` : this.renderRevisionNote()}
      <form class="card stacked treatment-form" @submit=${this.save} novalidate>
        ${this.creating ? this.textField('id', 'Id (optional)', { hint: 'A lowercase slug such as dry-needling; left empty, one is made from the name.' }) : nothing}
        ${this.textField('name', 'Name', { required: true, wide: true })}
        ${this.choiceField('category', 'Category', CATEGORIES)}
        ${this.textField('kind', 'Kind', { required: true, hint: 'A lowercase slug such as muscle-relaxant. Interaction rules may name a whole kind.' })}
        ${this.choiceField('mode', 'Mode', MODES, 'Active: the patient takes part and may continue alone. Passive: done to the patient.')}
        ${this.choiceField('invasiveness', 'Invasiveness', INVASIVENESS)}
        <div class="field wide">
          <label for="treatment-description">Description</label>
          <textarea id="treatment-description" rows="4" .value=${this.form.description}
            aria-invalid=${invalid(p, 'description') ? 'true' : 'false'} aria-describedby="treatment-description-error"
            @input=${(e) => this.set('description', e.target.value)}></textarea>
          ${fieldError(p, 'description', 'treatment-description-error')}
        </div>
        <fieldset class="field wide" aria-describedby="treatment-deliveredBy-error">
          <legend>Delivered by</legend>
          <div class="checkbox-grid">${SPECIALISTS.map((specialist) => html`<label class="checkbox">
            <input type="checkbox" .checked=${this.form.deliveredBy.includes(specialist)}
              @change=${(e) => this.toggleSpecialist(specialist, e.target.checked)}>${words(specialist)}</label>`)}</div>
          ${fieldError(p, 'deliveredBy', 'treatment-deliveredBy-error')}
        </fieldset>
        <div class="field wide">
          <label for="treatment-sideEffects">Side effects, one a line</label>
          <textarea id="treatment-sideEffects" rows="4" .value=${this.form.sideEffects}
            aria-invalid=${invalid(p, 'sideEffects') ? 'true' : 'false'} aria-describedby="treatment-sideEffects-error"
            @input=${(e) => this.set('sideEffects', e.target.value)}></textarea>
          ${fieldError(p, 'sideEffects', 'treatment-sideEffects-error')}
        </div>
        <fieldset class="field wide" aria-describedby="treatment-flags-error">
          <legend>Safety flags</legend>
          <p class="hint">Care plans read these: each one adds a rule to every plan that holds the treatment.</p>
          ${FLAGS.map((flag) => html`<label class="checkbox flag-choice">
            <input type="checkbox" .checked=${this.form.flags[flag.key]}
              @change=${(e) => this.set('flags', { ...this.form.flags, [flag.key]: e.target.checked })}>
            <span><strong>${flag.label}</strong> <span class="muted">— ${flag.means}</span></span></label>`)}
          ${fieldError(p, 'flags', 'treatment-flags-error')}
        </fieldset>
        <div class="field wide">
          ${this.conflicts?.length ? html`<p class="notice" role="status">Someone else also changed
            ${this.conflicts.join(', ')}: your values were kept there; their other changes were kept too.</p>` : nothing}
          <problem-alert .problem=${p} .fields=${FIELDS} @reapply=${this.reapply}></problem-alert>
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.saving}>${this.saving ? 'Saving…'
    : (this.creating ? 'Save draft' : 'Save changes')}</button>
            <a class="button" href=${back}>Cancel</a>
          </div>
        </div>
      </form>`;
  }

  renderRevisionNote() {
    return this.original?.status === 'PUBLISHED'
      ? html`<p class="notice">This treatment is published: saving makes version ${this.original.version + 1}, and care
          plans holding it are told.</p>`
      : nothing;
  }

  textField(name, label, { required = false, hint = '', wide = false } = {}) {
    const p = this.problem;
    const id = `treatment-${name}`;
    return html`<div class=${wide ? 'field wide' : 'field'}>
      <label for=${id}>${label}</label>
      <input id=${id} ?required=${required} autocomplete="off" .value=${this.form[name]}
        aria-invalid=${invalid(p, name) ? 'true' : 'false'}
        aria-describedby="${id}-error${hint ? ` ${id}-hint` : ''}"
        @input=${(e) => this.set(name, e.target.value)}>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${fieldError(p, name, `${id}-error`)}
    </div>`;
  }

  choiceField(name, label, values, hint = '') {
    const p = this.problem;
    const id = `treatment-${name}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} required aria-invalid=${invalid(p, name) ? 'true' : 'false'}
        aria-describedby="${id}-error${hint ? ` ${id}-hint` : ''}" @change=${(e) => this.set(name, e.target.value)}>
        <option value="" ?selected=${!this.form[name]}>Choose…</option>
        ${values.map((value) => html`<option value=${value} ?selected=${this.form[name] === value}>${words(value)}</option>`)}
      </select>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${fieldError(p, name, `${id}-error`)}
    </div>`;
  }
}
customElements.define('treatment-form', TreatmentForm);
