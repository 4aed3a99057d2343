import { html } from 'lit';
import { STAFF } from '../core/session.js';

export const catalogRoutes = [
  { pattern: '/catalog', roles: STAFF, title: 'Treatment catalog', render: () => html`<h1 tabindex="-1">Treatment catalog</h1>` },
];
