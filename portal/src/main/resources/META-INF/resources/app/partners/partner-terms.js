import { html } from 'lit';
import { words } from '../ui/format.js';

/** The partner administration's vocabulary (docs/partners.md, README "Verifying a webhook"), in words for people. */

/** How a partner's client proves who it is. */
export function authenticationWords(authentication) {
  return authentication === 'SIGNED_JWT' ? 'Signed JWT (its own keys, JWKS)' : 'Client secret';
}

/** Active or deactivated, as a badge. */
export function activeBadge(partner) {
  return partner.active ? html`<span class="badge ok">Active</span>` : html`<span class="badge block">Deactivated</span>`;
}

/** Where the webhooks go and whether they do, in a few words. */
export function webhookWords(webhook, active = true) {
  if (!webhook) {
    return 'No webhook: the partner polls';
  }
  if (!active) {
    return 'None sent: deactivated';
  }
  return webhook.enabled ? 'Deliveries on' : 'Deliveries stopped';
}

/** Webhook delivery statuses in the order a delivery can end. */
export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'GAVE_UP', 'GONE', 'SKIPPED'];

const DELIVERY_MEANINGS = {
  PENDING: 'Waiting for its first or next attempt',
  DELIVERED: 'The receiver answered 2xx',
  FAILED: 'The receiver refused it (a 4xx): not retried',
  GAVE_UP: 'Retried for 24 hours without success',
  GONE: 'The receiver answered 410 Gone: its endpoint is disabled',
  SKIPPED: 'Not sent: the partner was deactivated, or its endpoint disabled, when it was due',
};

/** A delivery status in words, and what it means. */
export function deliveryStatusWords(status) {
  return status === 'GAVE_UP' ? 'Gave up' : words(status);
}

export function deliveryMeaning(status) {
  return DELIVERY_MEANINGS[status] || '';
}

/** The badge class of a delivery status. */
export function deliveryClass(status) {
  if (status === 'DELIVERED') {
    return 'badge ok';
  }
  if (status === 'PENDING' || status === 'SKIPPED') {
    return 'badge';
  }
  return status === 'GAVE_UP' ? 'badge warning' : 'badge block';
}

/** What one attempt meant for its delivery, as referral-service decides it (AttemptOutcome). */
export function attemptOutcome(attempt) {
  const status = attempt.httpStatus;
  if (status === null || status === undefined) {
    return { words: 'No answer — retried', className: 'badge warning' };
  }
  if (status >= 200 && status < 300) {
    return { words: 'Delivered', className: 'badge ok' };
  }
  if (status === 410) {
    return { words: 'Gone — endpoint disabled', className: 'badge block' };
  }
  if (status === 408 || status === 429 || status >= 500) {
    return { words: 'Retried', className: 'badge warning' };
  }
  return { words: 'Refused — not retried', className: 'badge block' };
}
