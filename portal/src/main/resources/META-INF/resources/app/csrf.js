/** The CSRF token the gateway set in the XSRF-TOKEN cookie; sent back with every state-changing request. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}
