import { html } from 'lit';
import { CARE_TEAM } from '../core/session.js';
import './referral-board.js';
import './referral-page.js';

/** The referral board and one referral: the care team's (the API answers 403 to clinic admins and partners). */
export const referralRoutes = [
  {
    pattern: '/referrals', roles: CARE_TEAM, title: 'Referrals',
    render: (params, query) => html`<referral-board .specialty=${query.get('specialty') || ''}
      .partnerId=${query.get('partnerId') || ''}></referral-board>`,
  },
  {
    pattern: '/referrals/:id', roles: CARE_TEAM, title: 'Referral',
    render: (params) => html`<referral-page .referralId=${params.id}></referral-page>`,
  },
];
