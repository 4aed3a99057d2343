import { html, nothing } from 'lit';
import { get, query } from '../core/api.js';
import { PortalElement, uniqueId } from '../core/portal-element.js';
import { words } from '../ui/format.js';
import { flagsSet, statusBadge, treatmentSummary } from './catalog-words.js';

/**
 * Picks one treatment of the catalog by searching as you type (name, kind or description), never by typing its id:
 * the matches are buttons, so a keyboard reaches them with Tab. Fires `pick` with `detail: {id, treatment}` (id ''
 * when the choice is cleared). `status` narrows the search (e.g. PUBLISHED for templates); `invalid` and `describedBy`
 * pair the search field with the form's message for it.
 */
class TreatmentPicker extends PortalElement {
  static properties = {
    label: {},
    value: {},
    status: {},
    invalid: { type: Boolean },
    describedBy: { attribute: false },
    chosen: { state: true },
    q: { state: true },
    found: { state: true },
    searching: { state: true },
    failure: { state: true },
  };

  constructor() {
    super();
    this.label = 'Treatment';
    this.value = '';
    this.status = '';
    this.invalid = false;
    this.describedBy = '';
    this.chosen = null;
    this.q = '';
    this.found = null;
    this.total = 0;
    this.searching = false;
    this.failure = '';
    this.inputId = uniqueId('treatment-picker');
    this.timer = 0;
    this.controller = null;
  }

  willUpdate(changed) {
    if (changed.has('value') && this.value && this.chosen?.id !== this.value) {
      this.chosen = { id: this.value, name: this.value };
      treatmentSummary(this.value).then((treatment) => {
        if (treatment && this.value === treatment.id) {
          this.chosen = treatment;
        }
      }, () => {});
    }
    if (changed.has('value') && !this.value) {
      this.chosen = null;
    }
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    this.controller?.abort();
    super.disconnectedCallback();
  }

  onInput(event) {
    this.q = event.target.value;
    clearTimeout(this.timer);
    if (!this.q.trim()) {
      this.found = null;
      return;
    }
    this.timer = setTimeout(() => this.search(), 250);
  }

  onKeyDown(event) {
    if (event.key === 'Escape') {
      this.q = '';
      this.found = null;
    } else if (event.key === 'ArrowDown' && this.found?.length) {
      event.preventDefault();
      this.querySelector('.picker-matches button')?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault(); // never submit the surrounding form from the search
      if (this.found?.length === 1) {
        this.pick(this.found[0]);
      }
    }
  }

  async search() {
    this.controller?.abort();
    this.controller = new AbortController();
    this.searching = true;
    try {
      const { body } = await get(`/api/catalog/treatments${query({ q: this.q.trim(), status: this.status, size: 8, sort: 'name' })}`,
        { signal: this.controller.signal });
      this.found = body.content;
      this.total = body.page.totalElements;
      this.failure = '';
    } catch (problem) {
      if (problem.name === 'AbortError') {
        return;
      }
      this.failure = `${problem.title}. ${problem.detail}`;
    }
    this.searching = false;
  }

  pick(treatment) {
    this.chosen = treatment;
    this.value = treatment ? treatment.id : '';
    this.q = '';
    this.found = null;
    this.dispatchEvent(new CustomEvent('pick', { detail: { id: this.value, treatment } }));
    this.updateComplete.then(() => this.querySelector(treatment ? '.picker-change' : 'input')?.focus());
  }

  render() {
    if (this.chosen) {
      return html`<div class="picker picker-chosen">
        <span class="picker-label">${this.label}</span>
        <p class="picker-choice">
          <strong>${this.chosen.name}</strong> <code>${this.chosen.id}</code>
          ${this.chosen.status && this.chosen.status !== 'PUBLISHED' ? html`<span class=${statusBadge(this.chosen.status)}>${words(this.chosen.status)}</span>` : nothing}
        </p>
        <button type="button" class="picker-change" aria-label="Change ${this.label}: ${this.chosen.name}"
          @click=${() => this.pick(null)}>Change</button>
      </div>`;
    }
    const listId = `${this.inputId}-matches`;
    return html`<div class="picker">
      <label for=${this.inputId}>${this.label}</label>
      <input id=${this.inputId} type="search" autocomplete="off" placeholder="Type a name"
        .value=${this.q} @input=${this.onInput} @keydown=${this.onKeyDown}
        aria-invalid=${this.invalid ? 'true' : 'false'} aria-controls=${listId}
        aria-describedby=${this.describedBy || nothing}>
      <div id=${listId} class="picker-results" aria-live="polite">${this.renderMatches()}</div>
    </div>`;
  }

  renderMatches() {
    if (this.failure) {
      return html`<p class="field-error">${this.failure}</p>`;
    }
    if (!this.found) {
      return this.searching ? html`<p class="muted">Searching…</p>` : nothing;
    }
    if (!this.found.length) {
      return html`<p class="muted">No ${this.status ? `${words(this.status).toLowerCase()} ` : ''}treatment matches “${this.q}”.</p>`;
    }
    return html`<ul class="picker-matches">${this.found.map((treatment) => html`<li>
      <button type="button" @click=${() => this.pick(treatment)}
        @keydown=${(event) => this.moveFocus(event)}>
        <span>${treatment.name}</span> <code>${treatment.id}</code>
        <span class="muted">${words(treatment.category)}${flagsSet(treatment).length ? ` · ${flagsSet(treatment).map((f) => f.label.toLowerCase()).join(', ')}` : ''}</span>
        ${treatment.status !== 'PUBLISHED' ? html`<span class=${statusBadge(treatment.status)}>${words(treatment.status)}</span>` : nothing}
      </button></li>`)}</ul>
      ${this.total > this.found.length ? html`<p class="muted">${this.total - this.found.length} more: type more of the name.</p>` : nothing}`;
  }

  moveFocus(event) {
    const buttons = [...this.querySelectorAll('.picker-matches button')];
    const at = buttons.indexOf(event.currentTarget);
    if (event.key === 'ArrowDown' && at < buttons.length - 1) {
      event.preventDefault();
      buttons[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? buttons[at - 1] : this.querySelector('input')).focus();
    } else if (event.key === 'Escape') {
      this.querySelector('input').focus();
      this.found = null;
    }
  }
}
customElements.define('treatment-picker', TreatmentPicker);
