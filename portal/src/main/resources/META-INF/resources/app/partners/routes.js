import { html } from 'lit';
import { Roles } from '../core/session.js';

export const partnerRoutes = [
  { pattern: '/partners', roles: [Roles.CLINIC_ADMIN], title: 'Partners', render: () => html`<h1 tabindex="-1">Partners</h1>` },
];
