import { html } from 'lit';
import { PortalElement } from '../core/portal-element.js';
import { Roles } from '../core/session.js';
import '../ui/problems.js';

/**
 * The base of the plan editor's parts. Each part gets the plan, the user, and the editor's `changes`:
 * `changes.run(request)` sends `request(etag)` with the plan's current ETag and refreshes the plan after it;
 * `changes.reload()` reads the plan afresh. A part's forms keep what was typed when a change is refused; a stale
 * edit (412) is re-applied on the fresh plan when the user asks for it.
 */
export class PlanSection extends PortalElement {
  static properties = {
    plan: { attribute: false },
    user: { attribute: false },
    changes: { attribute: false },
    problems: { state: true },
    pending: { state: true },
  };

  constructor() {
    super();
    this.problems = {};
    this.pending = null;
    this.requests = {};
  }

  /**
   * Sends one change of the form `key`; true when it was accepted (then `onAccepted` runs, e.g. to clear the form),
   * false when refused (the problem is shown and the form keeps its input). `request(etag, planId)` builds its body
   * from the form when it is called, so a re-applied change sends what the form holds then.
   */
  async submit(key, request, onAccepted = () => {}) {
    this.pending = key;
    this.requests[key] = { request, onAccepted };
    try {
      await this.changes.run(request);
      this.problems = { ...this.problems, [key]: null };
      onAccepted();
      return true;
    } catch (problem) {
      this.problems = { ...this.problems, [key]: problem };
      return false;
    } finally {
      this.pending = null;
    }
  }

  /** After a 412: read the plan again, then send the same change with its new ETag. */
  async reapply(key) {
    await this.changes.reload();
    const { request, onAccepted } = this.requests[key];
    return this.submit(key, request, onAccepted);
  }

  /** The problem of form `key` in words, naming the fields the form does not show itself. */
  problemOf(key, fields = []) {
    return html`<problem-alert .problem=${this.problems[key]} .fields=${fields}
      @reapply=${() => this.reapply(key)}></problem-alert>`;
  }

  problem(key) {
    return this.problems[key] || null;
  }

  isClinician() {
    return this.user.roles.includes(Roles.CLINICIAN);
  }

  /** A completed or revoked plan takes no more changes: its parts show what it holds, without forms. */
  isOpen() {
    return !['COMPLETED', 'REVOKED'].includes(this.plan.status);
  }
}
