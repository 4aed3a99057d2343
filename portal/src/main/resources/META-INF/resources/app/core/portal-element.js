import { LitElement } from 'lit';

/**
 * The base of every portal component: rendered into the light DOM, so the one stylesheet, labels, the browser's
 * form features and accessibility checks see every element as it is.
 */
export class PortalElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}

let nextId = 0;

/** A document-unique id for pairing a label or a message with its field. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
