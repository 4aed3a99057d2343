/**
 * The portal's only way to the API: same-origin fetches through the gateway's session (the browser never holds a
 * token). Every failure becomes a {@link Problem} built from the answer's problem+json, so a screen can show the
 * server's words next to what caused them. A 401 means the session has ended: the app shell is told, and shows the
 * login again without losing the page's place.
 */

/** An RFC 9457 problem: `status`, `type`, `title`, `detail`, and per-field messages from `errors`. */
export class Problem extends Error {
  constructor(status, body = {}) {
    super(body.detail || body.title || `The request failed (${status || 'no answer'})`);
    this.status = status;
    this.type = body.type || 'about:blank';
    this.title = body.title || (status ? `Request failed (${status})` : 'The server could not be reached');
    this.detail = body.detail || '';
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.body = body;
  }

  /** The message the server gave for one field (a body field or a query parameter), or ''. */
  messageFor(field) {
    const hit = this.errors.find((error) => error.field === field || error.field?.startsWith(`${field}.`)
      || error.field?.startsWith(`${field}[`));
    return hit ? hit.message : '';
  }

  /** Fields the server named that no form field showed: they still belong in the summary. */
  unclaimed(fields) {
    return this.errors.filter((error) => !fields.some((field) => error.field === field
      || error.field?.startsWith(`${field}.`) || error.field?.startsWith(`${field}[`)));
  }

  /** A stale edit: someone changed the resource since it was read (412). */
  get stale() {
    return this.status === 412;
  }

  get sessionEnded() {
    return this.status === 401;
  }
}

/** The event the app shell listens to: the session is gone, the login must be shown again. */
export const SESSION_ENDED = 'stepwise:session-ended';

/** The CSRF token the gateway set in the XSRF-TOKEN cookie, echoed in `X-XSRF-TOKEN` (and the logout form). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function problemOf(response) {
  let body = {};
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = {};
    }
  }
  return new Problem(response.status, body);
}

async function sessionIsGone() {
  try {
    const answer = await fetch('/api/me', { credentials: 'same-origin', redirect: 'manual' });
    return answer.status === 401 || answer.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

async function call(method, path, { body, etag, ifNoneMatch, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (etag) {
    headers['If-Match'] = etag;
  }
  if (ifNoneMatch) {
    headers['If-None-Match'] = ifNoneMatch;
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, signal, credentials: 'same-origin', redirect: 'manual',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new Problem(0, { detail: 'Check the connection and try again; nothing you typed is lost.' });
  }
  // A redirect to the login page (opaque here) or a 401: the session has ended.
  if (response.type === 'opaqueredirect' || response.status === 401) {
    window.dispatchEvent(new CustomEvent(SESSION_ENDED));
    throw new Problem(401, { title: 'Your session has ended', detail: 'Log in again to continue.' });
  }
  if (response.status === 304) {
    return { status: 304, etag: ifNoneMatch, body: null };
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    // Without a session the CSRF check (which runs first) refuses a change: ask whether the session is still there.
    if (problem.type === 'urn:stepwise:problem:csrf-rejected' && await sessionIsGone()) {
      window.dispatchEvent(new CustomEvent(SESSION_ENDED));
      throw new Problem(401, { title: 'Your session has ended', detail: 'Log in again to continue; nothing was saved.' });
    }
    throw problem;
  }
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
    body: text ? JSON.parse(text) : null,
  };
}

/** GET a JSON resource: `{body, etag, status}`; with `ifNoneMatch`, an unchanged resource answers `{status: 304}`. */
export function get(path, options) {
  return call('GET', path, options);
}

/** POST a JSON body (or none), with `If-Match` when an `etag` is given. */
export function post(path, body, options = {}) {
  return call('POST', path, { ...options, body });
}

/** PUT a JSON body with `If-Match`. */
export function put(path, body, options = {}) {
  return call('PUT', path, { ...options, body });
}

/** DELETE with `If-Match`. */
export function del(path, options = {}) {
  return call('DELETE', path, options);
}

/** A query string from the given parameters, leaving out empty ones: `{q: 'x', page: 0}` → `?q=x&page=0`. */
export function query(parameters) {
  const search = new URLSearchParams();
  Object.entries(parameters).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.append(key, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Path segments are always encoded: ids come from the server but are never trusted to be URL-safe. */
export function path(strings, ...values) {
  return strings.reduce((result, part, index) => result + part
    + (index < values.length ? encodeURIComponent(values[index]) : ''), '');
}
