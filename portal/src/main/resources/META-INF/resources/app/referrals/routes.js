import { html } from 'lit';
import { CARE_TEAM } from '../core/session.js';

export const referralRoutes = [
  { pattern: '/referrals', roles: CARE_TEAM, title: 'Referrals', render: () => html`<h1 tabindex="-1">Referrals</h1>` },
];
