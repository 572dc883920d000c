// Sign-in, then every panel. A link of the form /dashboard/#token=... signs in without the token
// reaching a server (a URL fragment is never sent); it is removed from the address bar at once.
import { getJson, signIn, signOut, token } from './api.js';
import { countriesOf, el, status } from './charts.js';
import { load, onChange } from './exercises.js';
import { startFeed } from './feed.js';
import { startMap } from './map.js';
import { startTimeline } from './timeline.js';
import { startAlliances } from './alliance.js';
import { startTies } from './ties.js';
import { loadWorld } from './world.js';

const started = performance.now();

function tokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has('token')) {
    signIn(fragment.get('token'));
    history.replaceState(null, '', location.pathname + location.search);
  }
}

function askForToken(problem) {
  const form = document.getElementById('sign-in');
  form.hidden = false;
  document.getElementById('panels').hidden = true;
  document.getElementById('sign-in-problem').textContent = problem || '';
  document.getElementById('token').focus();
  form.addEventListener('submit', event => {
    event.preventDefault();
    signIn(document.getElementById('token').value);
    location.reload();
  }, { once: true });
}

function countryList(exercises) {
  const codes = [...new Set(exercises.flatMap(countriesOf))].sort();
  document.getElementById('countries').replaceChildren(...codes.map(code => el('option', { value: code })));
}

async function start() {
  tokenFromFragment();
  if (!token()) return askForToken();
  try {
    await getJson('/api/v1/exercises?limit=1', 'exercise-service');
  } catch (e) {
    if (e.status === 401) return askForToken('The token was refused (401): paste a valid one.');
    // any other failure: the panels say which part is missing
  }
  document.getElementById('panels').hidden = false;
  const signOutButton = document.getElementById('sign-out');
  signOutButton.hidden = false;
  signOutButton.addEventListener('click', () => { signOut(); location.reload(); });

  startFeed();
  const [centres] = await Promise.all([loadWorld(), startTies(), startAlliances()].map(p => p.catch(e => e)));
  const drawMap = startMap(centres instanceof Map ? centres : new Map());
  const drawTimeline = startTimeline();
  onChange(exercises => { drawMap(exercises); drawTimeline(exercises); countryList(exercises); });
  try {
    await load();
  } catch (e) {
    ['map-status', 'timeline-status'].forEach(id => status(document.getElementById(id), `Exercises are missing: ${e.message}`));
  }
  document.body.dataset.loadedMs = Math.round(performance.now() - started);
  document.body.dataset.ready = 'true';
}

start();
