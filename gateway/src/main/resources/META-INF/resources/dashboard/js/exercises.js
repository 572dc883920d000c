// Every exercise, read once as NDJSON and then kept current by the live feed's events; the map and
// the timeline redraw from it.
import { getAll } from './api.js';

const exercises = new Map();
const listeners = [];
let pending = null;

function changed() {
  if (pending) return;
  pending = setTimeout(() => { // one redraw for a burst of events
    pending = null;
    listeners.forEach(listener => listener([...exercises.values()]));
  }, 200);
}

export async function load() {
  const all = await getAll('/api/v1/exercises?format=ndjson', 'exercise-service');
  exercises.clear();
  all.forEach(exercise => exercises.set(exercise.id, exercise));
  listeners.forEach(listener => listener([...exercises.values()]));
}

export function onChange(listener) {
  listeners.push(listener);
}

/** An event's exercise replaces the one known (a deleted one is removed). */
export function apply(type, exercise) {
  if (!exercise?.id) return;
  if (type.endsWith('.deleted.v1')) exercises.delete(exercise.id);
  else exercises.set(exercise.id, exercise);
  changed();
}
