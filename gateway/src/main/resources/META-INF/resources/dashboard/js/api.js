// The public API through the gateway, with the reader's bearer token. The token is kept in this
// browser only (localStorage) and sent in the Authorization header, never in a URL.
const KEY = 'entente.token';

export const token = () => localStorage.getItem(KEY);
export const signIn = value => localStorage.setItem(KEY, value.trim());
export const signOut = () => localStorage.removeItem(KEY);

/** A failed call: the HTTP status, the problem's detail and which part of the suite it concerns. */
export class ApiError extends Error {
  constructor(status, detail, service) {
    super(`${service} ${status ? `answered ${status}` : 'did not answer'}${detail ? `: ${detail}` : ''}`);
    this.status = status;
    this.service = service;
  }

  static async of(response, service) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // not a problem document
    }
    return new ApiError(response.status, detail, service);
  }
}

export function headers(accept = 'application/json') {
  return { Authorization: `Bearer ${token()}`, Accept: accept };
}

const RETRIED = [502, 503, 504]; // the gateway's answers for a service that is down, resting or late
const RETRIES = 2;

/** A read, tried again after a second or two when the service was down or late (a cold start, a restart). */
async function call(path, service, accept) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(path, { headers: headers(accept) });
    } catch (e) {
      throw new ApiError(0, e.message, service);
    }
    if (response.ok) return response;
    if (attempt >= RETRIES || !RETRIED.includes(response.status)) throw await ApiError.of(response, service);
    await new Promise(resolve => setTimeout(resolve, 1000 * (attempt + 1)));
  }
}

export async function getJson(path, service) {
  return (await call(path, service, 'application/json')).json();
}

/** Every record of a list at once, as the list's NDJSON export streams them. */
export async function getAll(path, service) {
  const text = await (await call(path, service, 'application/x-ndjson')).text();
  return text.split('\n').filter(line => line.trim()).map(line => JSON.parse(line));
}
