// Whether this browser may hold a staff session. The session cookie is HttpOnly (the page cannot
// see it), so without this hint every signed-out load would ask /api/auth/me and log a 401.
// Set on sign-in, cleared on sign-out and whenever the server says there is no session.
const KEY = 'zgm.session'

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return true // storage blocked: ask the server as before
  }
}

export function rememberSession(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1')
    else localStorage.removeItem(KEY)
  } catch {
    // storage blocked: nothing to remember
  }
}
