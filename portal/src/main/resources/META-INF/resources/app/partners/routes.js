import { html } from 'lit';
import { Roles } from '../core/session.js';
import './partner-list.js';
import './partner-onboard.js';
import './partner-page.js';
import './webhook-deliveries.js';

const ADMIN = [Roles.CLINIC_ADMIN];

/** Partner administration: clinic admins only (the API answers 403 to everyone else). */
export const partnerRoutes = [
  { pattern: '/partners', roles: ADMIN, title: 'Partners', render: () => html`<partner-list></partner-list>` },
  {
    pattern: '/partners/new', roles: ADMIN, title: 'Onboard a partner',
    render: () => html`<partner-onboard></partner-onboard>`,
  },
  {
    pattern: '/partners/:id', roles: ADMIN, title: 'Partner',
    render: (params) => html`<partner-page .partnerId=${params.id}></partner-page>`,
  },
  {
    pattern: '/partners/:id/deliveries', roles: ADMIN, title: 'Webhook deliveries',
    render: (params, query) => html`<webhook-deliveries .partnerId=${params.id}
      .status=${query.get('status') || ''}></webhook-deliveries>`,
  },
];
