import { html } from 'lit';
import { CARE_TEAM } from '../core/session.js';
import './plan-page.js';

export const planRoutes = [
  {
    pattern: '/plans/:id', roles: CARE_TEAM, title: 'Care plan',
    render: (params, query, user) => html`<plan-page .planId=${params.id} .user=${user}></plan-page>`,
  },
];
