import { get } from './api.js';

/** The realm roles of clinic staff (DESIGN §7). */
export const Roles = Object.freeze({
  CLINICIAN: 'clinician',
  CARE_COORDINATOR: 'care-coordinator',
  CLINIC_ADMIN: 'clinic-admin',
});

/** Roles that work on patients' plans and referrals. */
export const CARE_TEAM = [Roles.CLINICIAN, Roles.CARE_COORDINATOR];

/** Every staff role. */
export const STAFF = [Roles.CLINICIAN, Roles.CARE_COORDINATOR, Roles.CLINIC_ADMIN];

const RETURN_TO = 'stepwise.returnTo';

/** Who is logged in: `{username, name, roles}`, from the gateway's `/api/me`. */
export async function currentUser() {
  const { body } = await get('/api/me');
  return body;
}

/** True when the user holds at least one of the roles. */
export function mayUse(user, roles) {
  return Boolean(user) && roles.some((role) => user.roles.includes(role));
}

/**
 * Sends the browser to the login (the gateway redirects a page request without a session to Keycloak), remembering
 * the page's place: after the login the app comes back to it.
 */
export function logInAgain() {
  sessionStorage.setItem(RETURN_TO, window.location.hash);
  window.location.assign('/');
}

/**
 * Opens the login in a new tab, leaving this page (and everything typed on it) as it is. The gateway remembers the
 * address the login started from, query included, so the new tab comes back to `/?signed-in` and shows the
 * "logged in again" page.
 */
export function logInInNewTab() {
  window.open('/?signed-in', 'stepwise-login');
}

/** Whether this tab was opened only to log in again (see {@link logInInNewTab}); the marker is removed. */
export function openedToLogIn() {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('signed-in')) {
    return false;
  }
  window.history.replaceState(null, '', `/${window.location.hash}`);
  return true;
}

/** The place remembered before a login, once: reading it forgets it. */
export function takeReturnPlace() {
  const place = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return place && place.startsWith('#/') ? place : null;
}
