import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SESSION_ENDED, csrfToken, get } from './core/api.js';
import { PortalElement } from './core/portal-element.js';
import { matchRoute, navigate } from './core/router.js';
import {
  currentUser, logInAgain, logInInNewTab, mayUse, openedToLogIn, takeReturnPlace,
} from './core/session.js';
import { busy } from './ui/busy.js';
import { NAVIGATION, ROUTES, homeOf } from './routes.js';

/**
 * The portal's frame: who is logged in, the navigation their roles may use (and nothing else), the current page, and
 * the notice that a session has ended (the login comes back to the same place).
 */
class StepwiseApp extends PortalElement {
  static properties = {
    user: { state: true },
    hash: { state: true },
    sessionEnded: { state: true },
    failure: { state: true },
  };

  constructor() {
    super();
    this.user = null;
    this.hash = window.location.hash;
    this.sessionEnded = false;
    this.failure = null;
    this.onHashChange = () => {
      // Only portal places (#/…) are routes; an in-page anchor such as the skip link's is not.
      if (window.location.hash.startsWith('#/') || !window.location.hash) {
        this.hash = window.location.hash;
      }
    };
    this.onSkip = (event) => {
      event.preventDefault();
      this.querySelector('main')?.focus();
    };
    this.onSessionEnded = () => {
      this.sessionEnded = true;
    };
  }

  async connectedCallback() {
    this.replaceChildren(); // the static "Loading" line of index.html
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener(SESSION_ENDED, this.onSessionEnded);
    document.querySelector('.skip-link')?.addEventListener('click', this.onSkip);
    try {
      this.user = await currentUser();
    } catch (problem) {
      this.failure = problem;
      return;
    }
    const place = openedToLogIn() ? '#/signed-in' : takeReturnPlace();
    if (place) {
      navigate(place);
      this.hash = place; // now, not at the hashchange event: the first render must not send the user home
    } else if (!window.location.hash || window.location.hash === '#/') {
      navigate(homeOf(this.user));
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener(SESSION_ENDED, this.onSessionEnded);
    document.querySelector('.skip-link')?.removeEventListener('click', this.onSkip);
    super.disconnectedCallback();
  }

  updated(changed) {
    if (changed.has('hash') && changed.get('hash') !== undefined) {
      // A new page: move focus to its heading so keyboard and screen-reader users start there.
      requestAnimationFrame(() => this.focusHeading());
    }
    if (changed.has('sessionEnded') && this.sessionEnded) {
      this.querySelector('.session-ended button')?.focus();
    }
  }

  /**
   * Focuses the page's heading, and again for a few seconds if the page replaces it when its data arrives (the
   * loading heading gives way to the loaded one) while nothing else took the focus.
   */
  focusHeading() {
    this.querySelector('main h1')?.focus();
    this.headingWatch?.disconnect();
    const main = this.querySelector('main');
    this.headingWatch = new MutationObserver(() => {
      if (document.activeElement === document.body) {
        this.querySelector('main h1')?.focus();
      }
    });
    this.headingWatch.observe(main, { childList: true, subtree: true });
    setTimeout(() => this.headingWatch?.disconnect(), 5000);
  }

  /** After a login in another tab: the session is back, this page with everything typed on it goes on. */
  async continueAfterLogin() {
    try {
      await get('/api/me');
      this.sessionEnded = false;
    } catch {
      this.sessionEnded = true;
    }
  }

  render() {
    return html`
      <header class="bar" ?inert=${this.sessionEnded}>
        <a class="brand" href="#/">Stepwise</a>
        ${this.user ? this.renderNavigation() : nothing}
        ${this.user ? this.renderUser() : nothing}
      </header>
      <main id="content" tabindex="-1" ?inert=${this.sessionEnded}>${this.renderPage()}</main>
      ${this.sessionEnded ? html`<div class="session-ended" role="alertdialog" aria-modal="true"
          aria-labelledby="session-ended-title" aria-describedby="session-ended-text">
        <div class="dialog">
          <h2 id="session-ended-title">Your session has ended</h2>
          <p id="session-ended-text">Nothing was saved since. Log in again in a new tab: this page stays as it is, with
            everything you typed, and you go on here once you are back.</p>
          <div class="actions">
            <button type="button" class="primary" @click=${logInInNewTab}>
              Log in again in a new tab</button>
            <button type="button" @click=${() => this.continueAfterLogin()}>I have logged in: continue</button>
          </div>
          <p><button type="button" class="link-button" @click=${logInAgain}>Log in on this page instead</button>
            (comes back to this page; unsaved input on it is lost)</p>
        </div>
      </div>` : nothing}`;
  }

  renderNavigation() {
    const items = NAVIGATION.filter((item) => mayUse(this.user, item.roles));
    const current = (this.hash || '').split('/')[1] || '';
    return html`<nav aria-label="Main"><ul class="nav">${items.map((item) => html`<li>
      <a href=${item.href} aria-current=${item.href.split('/')[1] === current ? 'page' : 'false'}>${item.label}</a>
    </li>`)}</ul></nav>`;
  }

  renderUser() {
    return html`<div class="user">
      <span class="user-name">${this.user.name || this.user.username}</span>
      <span class="user-roles">${this.user.roles.join(', ')}</span>
      <form method="post" action="/logout">
        <input type="hidden" name="_csrf" .value=${csrfToken()}>
        <button type="submit">Log out</button>
      </form>
    </div>`;
  }

  renderPage() {
    if (this.failure) {
      return html`<h1 tabindex="-1">Stepwise is not available</h1>
        <p role="alert">${this.failure.title}. ${this.failure.detail} Reload the page to try again.</p>`;
    }
    if (!this.user) {
      return busy('Loading Stepwise…');
    }
    if (!this.hash || this.hash === '#/' || this.hash === '#') {
      navigate(homeOf(this.user));
      return busy();
    }
    const found = matchRoute(ROUTES, this.hash);
    if (!found) {
      return html`<h1 tabindex="-1">Page not found</h1><p>There is no such page. <a href="#/">Go to the start page</a>.</p>`;
    }
    if (!mayUse(this.user, found.route.roles)) {
      return html`<h1 tabindex="-1">Not part of your role</h1>
        <p>This page is for ${found.route.roles.join(' or ')}. <a href="#/">Go to the start page</a>.</p>`;
    }
    document.title = `${found.route.title} · Stepwise`;
    // Another id on the same route is another page: a fresh element, never the last one's data and ETag.
    return keyed(`${found.route.pattern} ${JSON.stringify(found.params)}`,
      found.route.render(found.params, found.query, this.user));
  }
}
customElements.define('stepwise-app', StepwiseApp);
