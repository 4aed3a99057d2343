import { words } from '../ui/format.js';

/**
 * The referral vocabulary of docs/referrals.md, shared by the board and the referral page: statuses in lifecycle
 * order (FHIR Task), which of them a clinic may still cancel, specialties, and words for people.
 */

/** Statuses a partner is still working through, in the order a referral moves. */
export const OPEN_STATUSES = ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

/** Final statuses: nothing changes a referral once it is here. */
export const ENDED_STATUSES = ['COMPLETED', 'REJECTED', 'FAILED', 'CANCELLED'];

/** The clinic may cancel a referral only before the partner starts the work. */
export const CANCELLABLE = ['REQUESTED', 'RECEIVED', 'ACCEPTED'];

export const SPECIALTIES = ['PSYCHOLOGIST', 'PSYCHIATRIST', 'PAIN_SPECIALIST', 'SECOND_OPINION_PHYSICIAN',
  'PHYSICAL_THERAPIST', 'SURGEON', 'ACUPUNCTURIST', 'DIETITIAN'];

/** The illustrative service level: a partner is expected to act within 7 days (URGENT) or 30 days (ROUTINE). */
const SERVICE_LEVEL_DAYS = { URGENT: 7, ROUTINE: 30 };

const DAY = 24 * 60 * 60 * 1000;

/** The badge class that colours a status: completed is good, refused or failed is bad, on hold waits. */
export function statusClass(status) {
  if (status === 'COMPLETED') {
    return 'badge ok';
  }
  if (status === 'REJECTED' || status === 'FAILED') {
    return 'badge block';
  }
  if (status === 'ON_HOLD') {
    return 'badge warning';
  }
  return 'badge';
}

/** The patient's name as a referral carries it, or a placeholder when it has none. */
export function patientName(referral) {
  const patient = referral.patient;
  return patient ? `${patient.givenName} ${patient.familyName}` : 'Patient not named';
}

/** How long ago something happened, in the largest fitting unit: "under 1 min", "5 min", "3 h", "12 days". */
export function age(iso, now = Date.now()) {
  const elapsed = Math.max(0, now - new Date(iso).getTime());
  const minutes = Math.floor(elapsed / 60000);
  if (minutes < 1) {
    return 'under 1 min';
  }
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** When the partner is expected to have acted on the referral (the service level's end), as a Date. */
export function actBy(referral) {
  return new Date(new Date(referral.requestedAt).getTime() + (SERVICE_LEVEL_DAYS[referral.priority] || 30) * DAY);
}

/** True while the referral still waits for the partner's first step past its service level. */
export function overdue(referral, now = Date.now()) {
  return referral.status === 'REQUESTED' && actBy(referral).getTime() < now;
}

/** A status in words: `IN_PROGRESS` → "In progress". */
export function statusWords(status) {
  return words(status);
}

/** A specialty in words: `SECOND_OPINION_PHYSICIAN` → "Second opinion physician". */
export function specialtyWords(specialty) {
  return words(specialty);
}

let boardPlace = '#/referrals';

/** The board as the user last left it (with its filters), for the referral page's way back. */
export function lastBoardPlace() {
  return boardPlace;
}

/** Remembers the board's place with its filters. */
export function rememberBoardPlace(place) {
  boardPlace = place;
}
