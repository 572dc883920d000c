// The exercises of a period on the world map: at their coordinates, or at their first host's centre
// when they have none; sized by participants, coloured by type (or as of several types); a click shows details.
// The list beside the map holds the same exercises as buttons, for the keyboard.
import { chart, colourOf, countriesOf, el, mainType, SEVERAL, status, TEXT, TYPES, typeName, yearOf } from './charts.js';

export function startMap(centres) {
  const map = chart(document.getElementById('map'));
  const from = document.getElementById('map-from');
  const to = document.getElementById('map-to');
  const list = document.getElementById('map-list');
  const details = document.getElementById('map-details');
  const mapStatus = document.getElementById('map-status');
  const year = new Date().getFullYear();
  from.value = year - 4;
  to.value = year + 1;
  let all = [];
  let listed = ''; // what the list shows: rebuilt only when that changes, so a live event never takes a click away
  document.getElementById('map-legend').replaceChildren(...[...TYPES, SEVERAL].map(t =>
    el('span', { class: 'key', 'data-colour': t }, el('i', { class: 'swatch', style: { background: colourOf(t) } }), typeName(t))));

  const position = exercise => {
    const { latitude, longitude } = exercise.location || {};
    if (latitude != null && longitude != null) return [longitude, latitude];
    return centres.get((exercise.hosts || [])[0]) || centres.get(countriesOf(exercise)[0]) || null;
  };

  let selected = null;

  function show(exercise) {
    selected = exercise.id;
    details.replaceChildren(
      el('h3', {}, exercise.label || exercise.name),
      el('p', {}, `${exercise.start} to ${exercise.end || '?'} · ${exercise.status.toLowerCase().replaceAll('_', ' ')}`),
      el('p', {}, (exercise.types || []).map(typeName).join(', ')),
      el('p', {}, exercise.location?.text || ''),
      el('p', {}, `Hosts ${(exercise.hosts || []).join(', ') || 'none named'}; ${countriesOf(exercise).length} participants: ${countriesOf(exercise).join(' ')}`));
  }

  function render() {
    const a = Number(from.value);
    const b = Number(to.value);
    const shown = all.filter(e => yearOf(e.start) <= b && (yearOf(e.end) ?? yearOf(e.start)) >= a)
      .sort((x, y) => String(x.start).localeCompare(String(y.start)));
    if (selected && !shown.some(e => e.id === selected)) { // details only of an exercise of the period
      selected = null;
      details.replaceChildren();
    }
    const placed = shown.map(e => ({ exercise: e, at: position(e) })).filter(p => p.at);
    map.setOption({
      backgroundColor: 'transparent',
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: p => (p.data?.exercise ? `${p.data.exercise.label}\n${p.data.exercise.start}, ${p.data.value[2]} participants` : p.name) },
      geo: {
        map: 'world', roam: true, top: 8, bottom: 8, left: 8, right: 8, // the whole world fits: RIMPAC is off Hawaii
        itemStyle: { areaColor: '#2a3342', borderColor: '#4a5568' },
        emphasis: { itemStyle: { areaColor: '#3b475c' }, label: { color: TEXT } },
      },
      series: [{
        type: 'scatter', coordinateSystem: 'geo', cursor: 'pointer',
        data: placed.map(({ exercise, at }) => ({
          name: exercise.label, value: [...at, countriesOf(exercise).length], exercise,
          symbolSize: 8 + 3 * Math.sqrt(countriesOf(exercise).length),
          itemStyle: { color: colourOf(mainType(exercise)), borderColor: '#111', opacity: 0.85 },
        })),
      }],
    }, { replaceMerge: ['series'] });
    const key = shown.map(e => `${e.id} ${e.label} ${e.start}`).join('\n');
    if (key !== listed) list.replaceChildren(...shown.map(e => el('li', {}, el('button', { type: 'button', 'data-exercise': e.id, onclick: () => show(e) },
      el('i', { class: 'swatch', style: { background: colourOf(mainType(e)) } }), `${e.label} (${String(e.start).slice(0, 7)})`))));
    listed = key;
    const unplaced = shown.length - placed.length;
    status(mapStatus, shown.length === 0 ? `No exercise from ${a} to ${b}.`
      : `${shown.length} exercises from ${a} to ${b}${unplaced ? `; ${unplaced} without coordinates or host are listed only` : ''}.`,
    shown.length === 0 ? 'note' : 'info');
    mapStatus.dataset.count = shown.length;
  }

  map.on('click', p => p.data?.exercise && show(p.data.exercise));
  from.addEventListener('change', render);
  to.addEventListener('change', render);
  return exercises => { all = exercises; render(); };
}
