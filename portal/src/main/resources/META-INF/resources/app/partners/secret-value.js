import { html, nothing } from 'lit';
import { PortalElement, uniqueId } from '../core/portal-element.js';

/**
 * One credential shown to a clinic admin — a client id, or a secret the platform shows this once — with a button
 * that copies it to the clipboard and says "Copied" where everyone (and a screen reader) notices. Holds the value in
 * memory only; leaving the page forgets it.
 */
class SecretValue extends PortalElement {
  static properties = {
    label: { attribute: false },
    value: { attribute: false },
    copied: { state: true },
    failed: { state: true },
  };

  constructor() {
    super();
    this.label = '';
    this.value = '';
    this.copied = false;
    this.failed = false;
    this.baseId = uniqueId('secret');
  }

  willUpdate(changed) {
    if (changed.has('value')) {
      this.copied = false;
      this.failed = false;
    }
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.value);
      this.copied = true;
      this.failed = false;
    } catch {
      // No clipboard (an insecure origin, or the browser refused): select the value for a manual copy.
      this.failed = true;
      this.copied = false;
      const range = document.createRange();
      range.selectNodeContents(this.querySelector('code'));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }
  }

  render() {
    return html`<div class="secret-value">
      <span class="secret-label" id="${this.baseId}-label">${this.label}</span>
      <code class="secret" id="${this.baseId}-value">${this.value}</code>
      <span class="secret-copy">
        <button type="button" @click=${this.copy}>Copy ${this.label.toLowerCase()}</button>
        <span role="status" class="copy-status">${this.copied ? html`<span class="badge ok">Copied</span>`
    : this.failed ? html`<span class="field-error">Copying failed: the value is selected — press Ctrl+C (⌘C).</span>`
      : nothing}</span>
      </span>
    </div>`;
  }
}
customElements.define('secret-value', SecretValue);
