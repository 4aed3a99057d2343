import { html, nothing } from 'lit';
import { SESSION_ENDED } from './core/api.js';
import { PortalElement } from './core/portal-element.js';
import { matchRoute, navigate } from './core/router.js';
import { currentUser, logInAgain, mayUse, takeReturnPlace } from './core/session.js';
import { busy } from './ui/busy.js';
import { NAVIGATION, ROUTES, homeOf } from './routes.js';

function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

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
      this.hash = window.location.hash;
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
    try {
      this.user = await currentUser();
    } catch (problem) {
      this.failure = problem;
      return;
    }
    const place = takeReturnPlace();
    if (place) {
      navigate(place);
    } else if (!window.location.hash || window.location.hash === '#/') {
      navigate(homeOf(this.user));
    }
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener(SESSION_ENDED, this.onSessionEnded);
    super.disconnectedCallback();
  }

  updated(changed) {
    if (changed.has('hash') && changed.get('hash') !== undefined) {
      // A new page: move focus to its heading so keyboard and screen-reader users start there.
      requestAnimationFrame(() => this.querySelector('main h1')?.focus());
    }
    if (changed.has('sessionEnded') && this.sessionEnded) {
      this.querySelector('.session-ended button')?.focus();
    }
  }

  render() {
    return html`
      <header class="bar">
        <a class="brand" href="#/">Stepwise</a>
        ${this.user ? this.renderNavigation() : nothing}
        ${this.user ? this.renderUser() : nothing}
      </header>
      <main id="content" tabindex="-1">${this.renderPage()}</main>
      ${this.sessionEnded ? html`<div class="session-ended" role="alertdialog" aria-modal="true"
          aria-labelledby="session-ended-title" aria-describedby="session-ended-text">
        <div class="dialog">
          <h2 id="session-ended-title">Your session has ended</h2>
          <p id="session-ended-text">Log in again to go on. You will come back to this page; what you typed here and did not
            save yet is still on it until you leave.</p>
          <button type="button" class="primary" @click=${logInAgain}>Log in again</button>
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
    return found.route.render(found.params, found.query, this.user);
  }
}
customElements.define('stepwise-app', StepwiseApp);
