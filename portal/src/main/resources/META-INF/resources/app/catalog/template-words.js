import { number } from '../ui/format.js';

/** The plan templates' vocabulary (plan-service's enums) and the words the template screens use for it. */

/** `Aim`: the three aims of treating chronic back pain. */
export const AIMS = ['REDUCE_PAIN', 'IMPROVE_QUALITY_OF_LIFE', 'INCREASE_FUNCTION'];

/** `Measure`: the scored outcome instruments; for every one a lower score is better. */
export const MEASURES = {
  NRS: { label: 'NRS pain intensity', max: 10, unit: 'points' },
  PEG: { label: 'PEG (pain, enjoyment of life, general activity)', max: 10, unit: 'points' },
  ODI: { label: 'ODI (Oswestry Disability Index)', max: 100, unit: '%' },
  PHQ9: { label: 'PHQ-9 (depression)', max: 27, unit: 'points' },
  GAD7: { label: 'GAD-7 (anxiety)', max: 21, unit: 'points' },
};

/** `Specialty` of a referral. */
export const SPECIALTIES = ['PSYCHOLOGIST', 'PSYCHIATRIST', 'PAIN_SPECIALIST', 'SECOND_OPINION_PHYSICIAN', 'PHYSICAL_THERAPIST',
  'SURGEON', 'ACUPUNCTURIST', 'DIETITIAN'];

/** `ReferralPriority`. */
export const PRIORITIES = ['ROUTINE', 'URGENT'];

/** A measure's name for people. */
export function measureName(measure) {
  return MEASURES[measure]?.label || measure;
}

/** A goal's target in words: "at most 4 points" or "at least 30 % below the baseline". */
export function targetWords(measure, target) {
  if (!target) {
    return '';
  }
  if (target.atMost !== null && target.atMost !== undefined) {
    const unit = MEASURES[measure]?.unit || '';
    return `at most ${number(target.atMost, 2)}${unit === '%' ? ' %' : ` ${unit}`}`;
  }
  if (target.changeFromBaselinePercent !== null && target.changeFromBaselinePercent !== undefined) {
    return `at least ${number(Math.abs(target.changeFromBaselinePercent), 2)} % below the baseline`;
  }
  return '';
}

/** "in 28 days", or '' when not set. */
export function days(count) {
  if (count === null || count === undefined) {
    return '';
  }
  return count === 1 ? '1 day' : `${count} days`;
}
