import { csrfToken } from './csrf.js';

/** Shows who is logged in, with their roles, and a logout that also ends the Keycloak session. */
class StepwiseUser extends HTMLElement {
  async connectedCallback() {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      this.textContent = 'Not signed in';
      return;
    }
    this.render(await response.json());
  }

  render(me) {
    this.replaceChildren();
    const name = document.createElement('span');
    name.className = 'user-name';
    name.textContent = me.name || me.username;
    const roles = document.createElement('span');
    roles.className = 'user-roles';
    roles.textContent = me.roles.join(', ');
    const logout = document.createElement('form');
    logout.method = 'post';
    logout.action = '/logout';
    const csrf = document.createElement('input');
    csrf.type = 'hidden';
    csrf.name = '_csrf';
    csrf.value = csrfToken();
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = 'Log out';
    logout.append(csrf, button);
    this.append(name, roles, logout);
  }
}

customElements.define('stepwise-user', StepwiseUser);
