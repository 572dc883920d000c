// The live exercise feed: the exercises in progress first (the stream's snapshot), then every event
// as it arrives, newest first, filtered here by country and event type.
import { openStream } from './sse.js';
import { apply } from './exercises.js';
import { countriesOf, el, status, typeName } from './charts.js';

const KEEP = 300;
const EVENT_TYPES = ['snapshot', 'planned', 'announced', 'started', 'completed', 'cancelled', 'updated',
  'participant-joined', 'participant-updated', 'participant-withdrew', 'deleted'];

const shortType = type => type.replace(/^org\.entente\.exercise\./, '').replace(/^exercise\./, '').replace(/\.v1$/, '');

export function startFeed() {
  const list = document.getElementById('feed');
  const country = document.getElementById('feed-country');
  const type = document.getElementById('feed-type');
  const feedStatus = document.getElementById('feed-status');
  const connection = document.getElementById('connection');
  EVENT_TYPES.forEach(t => type.append(el('option', { value: t }, t)));
  const entries = [];
  const seen = new Set(); // event ids: a resync after a long drop sends the whole window again

  const visible = entry => (!country.value || entry.countries.includes(country.value.trim().toUpperCase()))
    && (!type.value || entry.type === type.value);

  function render() {
    const shown = entries.filter(visible);
    list.replaceChildren(...shown.map(entry => el('li', { class: `event ${entry.type}`, 'data-exercise': entry.exercise.id },
      el('span', { class: 'kind' }, entry.type),
      el('strong', {}, entry.exercise.label || entry.exercise.name || entry.exercise.id),
      el('span', { class: 'types' }, (entry.exercise.types || []).map(typeName).join(', ')),
      el('span', { class: 'countries' }, entry.countries.join(' ')),
      el('time', { datetime: entry.time }, entry.time ? new Date(entry.time).toLocaleString() : 'in progress'))));
    if (shown.length === 0) {
      status(feedStatus, entries.length
        ? 'No event matches the filters yet.'
        : 'No exercise is in progress and no event has arrived since the page opened: events appear here as they happen.', 'note');
    } else {
      status(feedStatus, '');
    }
  }

  function onEvent(event) {
    const payload = JSON.parse(event.data);
    const snapshot = event.type === 'exercise.snapshot';
    const exercise = snapshot ? payload : payload.data?.exercise;
    if (!exercise || (event.id && seen.has(event.id))) return;
    if (event.id) seen.add(event.id);
    const kind = snapshot ? 'snapshot' : shortType(event.type);
    if (snapshot && entries.some(e => e.type === 'snapshot' && e.exercise.id === exercise.id)) return;
    entries.unshift({ type: kind, exercise, countries: countriesOf(exercise), time: snapshot ? null : payload.time });
    entries.length = Math.min(entries.length, KEEP);
    if (!snapshot) apply(event.type, exercise);
    render();
    window.dispatchEvent(new CustomEvent('entente:feed', { detail: { id: event.id, type: kind, exercise: exercise.id } }));
  }

  function onState({ state, error, inMs, resumed }) {
    connection.dataset.state = state;
    connection.textContent = {
      connecting: 'Connecting to the live stream…',
      offline: 'Not live: this browser is offline; resuming when the network is back',
      live: resumed ? 'Live (resumed: missed events replayed)' : 'Live',
      reconnecting: error?.status === 401
        ? 'Not live: the token was refused (401); sign in again'
        : `Not live: ${error?.message || 'connection lost'}; reconnecting in ${Math.round(inMs / 1000)} s`,
    }[state];
  }

  country.addEventListener('input', render);
  type.addEventListener('change', render);
  render();
  return openStream('/api/v1/exercises/events', { onEvent, onState });
}
