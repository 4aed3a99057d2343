/** Words for the API's enum names: `PHYSICAL_THERAPY` → `Physical therapy`. */
export function words(name) {
  if (!name) {
    return '';
  }
  const text = String(name).replace(/[_-]+/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date-time for people, in the browser's locale and time zone. */
export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** A calendar date (`2026-03-01`) for people; the API's dates carry no time zone. */
export function date(isoDate) {
  if (!isoDate) {
    return '';
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** Today as the API writes dates, in the browser's time zone. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A date some days from today, as the API writes dates. */
export function daysFromToday(days) {
  const then = new Date();
  then.setDate(then.getDate() + days);
  return `${then.getFullYear()}-${String(then.getMonth() + 1).padStart(2, '0')}-${String(then.getDate()).padStart(2, '0')}`;
}

/** A number with at most the given decimals, trailing zeros dropped: 22.50 → "22.5". */
export function number(value, decimals = 1) {
  return value === null || value === undefined ? '' : String(Number(Number(value).toFixed(decimals)));
}
