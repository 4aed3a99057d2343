/**
 * The five outcome instruments as the portal previews them while an outcome is typed. The server scores every saved
 * outcome itself (plan-service `Measure`); this mirror only lets staff see the score before saving. Sources: NRS (0–10
 * numeric rating scale), PEG (Krebs et al. 2009: mean of three 0–10 items), ODI (Oswestry Disability Index 2.1a: ten
 * sections 0–5, a skipped section leaves the total; the section names only), PHQ-9 and GAD-7 (Kroenke, Spitzer et al.:
 * 0–3 per item, summed; item wording shortened). Minimal important changes as in docs/care-plans.md. Illustrative,
 * not medical advice.
 */

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much', 'Feeling tired or having little energy',
  'Poor appetite or overeating', 'Feeling bad about yourself', 'Trouble concentrating on things',
  'Moving or speaking slowly, or being fidgety or restless', 'Thoughts that you would be better off dead or of hurting yourself',
];
const GAD7_ITEMS = [
  'Feeling nervous, anxious, or on edge', 'Not being able to stop or control worrying', 'Worrying too much about different things',
  'Trouble relaxing', 'Being so restless that it is hard to sit still', 'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
];
const FREQUENCY = '0 not at all · 1 several days · 2 more than half the days · 3 nearly every day';

/** Each measure: its items (label, 0…max), whether a skipped item is allowed, the score's unit, bands and MCID. */
export const INSTRUMENTS = {
  NRS: {
    name: 'NRS pain intensity', max: 10, skippable: false, unit: 'points', scoreMax: 10,
    items: ['Pain right now (0 no pain – 10 worst imaginable)'],
    mcid: { points: 2, percent: 30 }, bands: [],
  },
  PEG: {
    name: 'PEG pain, enjoyment, general activity', max: 10, skippable: false, unit: 'points', scoreMax: 10,
    items: ['Average pain in the past week (0–10)', 'Pain interfered with enjoyment of life (0–10)',
      'Pain interfered with general activity (0–10)'],
    mcid: { points: 1 }, bands: [],
  },
  ODI: {
    name: 'Oswestry Disability Index', max: 5, skippable: true, unit: '%', scoreMax: 100,
    items: ['Pain intensity', 'Personal care', 'Lifting', 'Walking', 'Sitting', 'Standing', 'Sleeping', 'Sex life',
      'Social life', 'Travelling'].map((section) => `${section} (0–5, may be skipped)`),
    mcid: { points: 10, percent: 30 },
    bands: [[20, 'Minimal'], [40, 'Moderate'], [60, 'Severe'], [80, 'Crippled'], [100, 'Bed-bound']],
  },
  PHQ9: {
    name: 'PHQ-9 depression', max: 3, skippable: false, unit: 'points', scoreMax: 27, hint: FREQUENCY,
    items: PHQ9_ITEMS, mcid: { points: 5 },
    bands: [[4, 'Minimal'], [9, 'Mild'], [14, 'Moderate'], [19, 'Moderately severe'], [27, 'Severe']],
  },
  GAD7: {
    name: 'GAD-7 anxiety', max: 3, skippable: false, unit: 'points', scoreMax: 21, hint: FREQUENCY,
    items: GAD7_ITEMS, mcid: { points: 4 },
    bands: [[4, 'Minimal'], [9, 'Mild'], [14, 'Moderate'], [21, 'Severe']],
  },
};

/** What is wrong with one typed item ('' when it is empty or a whole number from 0 to the item's maximum). */
export function itemProblem(measure, text) {
  if (text === '' || text === null || text === undefined) {
    return '';
  }
  const max = INSTRUMENTS[measure].max;
  return /^\d+$/.test(String(text).trim()) && Number(text) <= max ? '' : `A whole number from 0 to ${max}`;
}

function round2(value) {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The preview of a score from the items typed so far (numbers, or null for an empty item). Out: `{score, complete,
 * band, alert}`; `score` is null until every required item is answered.
 */
export function previewScore(measure, items) {
  const instrument = INSTRUMENTS[measure];
  const answered = items.filter((item) => item !== null && item !== undefined);
  const complete = instrument.skippable ? answered.length > 0 : answered.length === instrument.items.length;
  if (!complete) {
    return { score: null, complete: false, band: null, alert: false };
  }
  const sum = answered.reduce((total, item) => total + item, 0);
  let score;
  if (measure === 'PEG') {
    score = round2(sum / answered.length);
  } else if (measure === 'ODI') {
    score = round2((sum * 100) / (5 * answered.length));
  } else {
    score = sum;
  }
  const band = instrument.bands.find(([upTo]) => score <= upTo);
  return { score, complete: true, band: band ? band[1] : null, alert: measure === 'PHQ9' && items[8] > 0 };
}

/**
 * Half the width of the band around the baseline inside which a change is smaller than the minimal important one:
 * a change counts once it reaches the points or (where defined) the percentage of the baseline, whichever is less.
 */
export function mcidHalfWidth(measure, baseline) {
  const { points, percent } = INSTRUMENTS[measure].mcid;
  return percent && baseline > 0 ? Math.min(points, (baseline * percent) / 100) : points;
}
