/** The sign-in page, with the account filled in when we know who is signing in again. */
export function loginPath(username?: string): string {
  return username ? `/login?user=${encodeURIComponent(username)}` : '/login';
}
