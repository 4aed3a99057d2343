import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { Roles, STAFF } from '../core/session.js';
import './catalog-browse.js';
import './interaction-rules.js';
import './template-form.js';
import './template-list.js';
import './template-page.js';
import './treatment-form.js';
import './treatment-page.js';

const CURATORS = [Roles.CLINIC_ADMIN];
/**
 * Who opens the template screens. The API lets every staff member read templates, but they are the clinic admin's to
 * curate (the navigation shows them to the admin only); the screens hide writing from anyone else, so widening this
 * to STAFF is all it takes to let the care team look.
 */
const TEMPLATE_READERS = CURATORS;

/**
 * The catalog screens. `new` comes before `:id` (the first match wins); a page of one treatment or template is keyed
 * by its id, so going from one to another starts a fresh component.
 */
export const catalogRoutes = [
  {
    pattern: '/catalog', roles: STAFF, title: 'Treatment catalog',
    render: (params, query, user) => html`<catalog-browse .user=${user} .initial=${query}></catalog-browse>`,
  },
  {
    pattern: '/catalog/new', roles: CURATORS, title: 'New treatment',
    render: () => html`<treatment-form></treatment-form>`,
  },
  {
    pattern: '/catalog/:id', roles: STAFF, title: 'Treatment',
    render: (params, query, user) => keyed(params.id,
      html`<treatment-page .treatmentId=${params.id} .user=${user}></treatment-page>`),
  },
  {
    pattern: '/catalog/:id/edit', roles: CURATORS, title: 'Edit treatment',
    render: (params) => keyed(params.id, html`<treatment-form .treatmentId=${params.id}></treatment-form>`),
  },
  {
    pattern: '/interaction-rules', roles: CURATORS, title: 'Interaction rules',
    render: (params, query) => keyed(query.get('with') || '',
      html`<interaction-rules .withTreatment=${query.get('with') || ''}></interaction-rules>`),
  },
  {
    pattern: '/templates', roles: TEMPLATE_READERS, title: 'Plan templates',
    render: (params, query, user) => html`<template-list .user=${user}></template-list>`,
  },
  {
    pattern: '/templates/new', roles: CURATORS, title: 'New plan template',
    render: () => html`<template-form></template-form>`,
  },
  {
    pattern: '/templates/:id', roles: TEMPLATE_READERS, title: 'Plan template',
    render: (params, query, user) => keyed(params.id,
      html`<template-page .templateId=${params.id} .user=${user}></template-page>`),
  },
  {
    pattern: '/templates/:id/edit', roles: CURATORS, title: 'Edit plan template',
    render: (params) => keyed(params.id, html`<template-form .templateId=${params.id}></template-form>`),
  },
];
