import { html } from 'lit';
import { STAFF } from '../core/session.js';
import './patient-list.js';
import './patient-page.js';

export const patientRoutes = [
  {
    pattern: '/patients', roles: STAFF, title: 'Patients',
    render: (params, query, user) => html`<patient-list .user=${user}></patient-list>`,
  },
  {
    pattern: '/patients/:id', roles: STAFF, title: 'Patient',
    render: (params, query, user) => html`<patient-page .patientId=${params.id} .user=${user}></patient-page>`,
  },
];
