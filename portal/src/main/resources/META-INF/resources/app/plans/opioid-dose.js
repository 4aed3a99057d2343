/**
 * CDC 2022 MME conversion factors (mg of the opioid per dose → MME; the patch in mcg/h), as plan-service's `Opioid`:
 * shown as a preview while the dose is typed; the server computes the plan's figures. They estimate exposure and are
 * never for converting one opioid into another.
 */
export const MME_FACTORS = {
  CODEINE: 0.15, HYDROCODONE: 1, HYDROMORPHONE: 5, MORPHINE: 1, OXYCODONE: 1.5, OXYMORPHONE: 3, TAPENTADOL: 0.4,
  TRAMADOL: 0.2, METHADONE: 4.7, FENTANYL_TRANSDERMAL: 2.4,
};

/** MME/day of one opioid dose as typed: mg × doses a day × factor, or mcg/h × 2.4 for the patch; null if incomplete. */
export function dailyMme(opioid, doseMg, dosesPerDay, doseMcgPerHour) {
  if (!opioid) {
    return null;
  }
  if (opioid === 'FENTANYL_TRANSDERMAL') {
    return doseMcgPerHour > 0 ? doseMcgPerHour * MME_FACTORS.FENTANYL_TRANSDERMAL : null;
  }
  return doseMg > 0 && dosesPerDay > 0 ? doseMg * dosesPerDay * MME_FACTORS[opioid] : null;
}
