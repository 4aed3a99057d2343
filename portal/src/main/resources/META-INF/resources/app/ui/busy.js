import { html } from 'lit';

/** A spinner with words for screen readers, shown while something loads. */
export function busy(label = 'Loading…') {
  return html`<p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>${label}</p>`;
}

/** Grey placeholder lines in the shape of a list, while its first page loads. */
export function skeleton(lines = 3) {
  return html`<div class="skeleton" role="status" aria-label="Loading">${Array.from({ length: lines },
    () => html`<div class="skeleton-line"></div>`)}</div>`;
}
