import { html } from 'lit';
import { CARE_TEAM } from '../core/session.js';

export const planRoutes = [
  { pattern: '/plans/:id', roles: CARE_TEAM, title: 'Care plan', render: () => html`<h1 tabindex="-1">Care plan</h1>` },
];
