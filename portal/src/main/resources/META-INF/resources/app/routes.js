import { html } from 'lit';
import { Roles, STAFF } from './core/session.js';
import { catalogRoutes } from './catalog/routes.js';
import { partnerRoutes } from './partners/routes.js';
import { patientRoutes } from './patients/routes.js';
import { planRoutes } from './plans/routes.js';
import { referralRoutes } from './referrals/routes.js';

const { CLINICIAN, CARE_COORDINATOR, CLINIC_ADMIN } = Roles;

/**
 * The main navigation, by role (DESIGN §1): the care team works on patients, plans and referrals; the clinic admin
 * curates the catalog, its interaction rules and plan templates, onboards partners, and reads patients' access logs.
 * Each entry's roles match what the API allows, so nobody sees a place that would only answer 403.
 */
export const NAVIGATION = [
  { href: '#/patients', label: 'Patients', roles: [CLINICIAN, CARE_COORDINATOR, CLINIC_ADMIN] },
  { href: '#/referrals', label: 'Referrals', roles: [CLINICIAN, CARE_COORDINATOR] },
  { href: '#/catalog', label: 'Treatment catalog', roles: [CLINICIAN, CARE_COORDINATOR, CLINIC_ADMIN] },
  { href: '#/interaction-rules', label: 'Interaction rules', roles: [CLINIC_ADMIN] },
  { href: '#/templates', label: 'Plan templates', roles: [CLINIC_ADMIN] },
  { href: '#/partners', label: 'Partners', roles: [CLINIC_ADMIN] },
];

/** Every page of the portal, each with the roles that may open it. */
export const ROUTES = [...patientRoutes, ...planRoutes, ...referralRoutes, ...catalogRoutes, ...partnerRoutes, {
  pattern: '/signed-in', roles: STAFF, title: 'Logged in again',
  render: () => html`<h1 tabindex="-1">You are logged in again</h1>
    <p>Go back to the tab you were working in and choose <strong>I have logged in: continue</strong>: it is as you left
      it. You can close this tab.</p>
    <p><button type="button" @click=${() => window.close()}>Close this tab</button></p>`,
}];

/** Where a user starts: the care team with patients, the clinic admin with the catalog. */
export function homeOf(user) {
  return user.roles.includes(CLINICIAN) || user.roles.includes(CARE_COORDINATOR) ? '#/patients' : '#/catalog';
}
