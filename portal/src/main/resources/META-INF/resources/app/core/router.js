/**
 * Hash routes (`#/patients/123`): the gateway serves one page, and a reload or a bookmark keeps the place.
 * A route is `{pattern, roles, title, render(params)}`; `pattern` is a path with `:name` parts.
 */
export function matchRoute(routes, hash) {
  const path = (hash || '').replace(/^#/, '').split('?')[0] || '/';
  for (const route of routes) {
    const names = [];
    const expression = new RegExp(`^${route.pattern.replace(/:([a-zA-Z]+)/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    })}$`);
    const match = expression.exec(path);
    if (match) {
      let params;
      try {
        params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
      } catch {
        return null; // a malformed address (a stray %) is no page
      }
      return { route, params, query: new URLSearchParams((hash || '').split('?')[1] || '') };
    }
  }
  return null;
}

/** Goes to a portal place, e.g. `navigate('#/patients/p1')`. */
export function navigate(hash) {
  window.location.hash = hash;
}
