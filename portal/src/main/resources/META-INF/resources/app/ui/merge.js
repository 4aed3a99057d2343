/**
 * Re-applies an edit on a resource someone else changed meanwhile (after a 412): a field the user changed keeps the
 * user's value; every other field takes the other person's. In: the form as it was read (`base`), as the user left it
 * (`mine`), and as it is now on the server (`theirs`), as plain objects of the same shape (nested objects are merged
 * key by key, arrays as a whole). Out: `{merged, conflicts}`, where `conflicts` names the fields both changed — there
 * the user's value wins, and the form says so.
 */
export function mergeEdits(base, mine, theirs, prefix = '') {
  const merged = {};
  const conflicts = [];
  new Set([...Object.keys(theirs), ...Object.keys(mine)]).forEach((key) => {
    const [b, m, t] = [base?.[key], mine[key], theirs[key]];
    if (isObject(b) && isObject(m) && isObject(t)) {
      const inner = mergeEdits(b, m, t, `${prefix}${key}.`);
      merged[key] = inner.merged;
      conflicts.push(...inner.conflicts);
      return;
    }
    const mineChanged = !same(m, b);
    merged[key] = mineChanged ? m : t;
    if (mineChanged && !same(t, b) && !same(m, t)) {
      conflicts.push(`${prefix}${key}`);
    }
  });
  return { merged, conflicts };
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
