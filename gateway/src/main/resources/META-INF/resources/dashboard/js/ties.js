// Two countries through the gateway's ties view: the score with its parts, the periods both were in
// an alliance as bars on a time axis, the agreements between them, joint exercises by year. A part
// the view names in `partial` is shown as missing, with its reason.
import { getJson } from './api.js';
import { cartesian, chart, el, status } from './charts.js';

const PART_SERVICE = { alliances: 'alliance-service', agreements: 'agreement-service', exercises: 'exercise-service' };

export function startTies() {
  const form = document.getElementById('ties-form');
  const a = document.getElementById('ties-a');
  const b = document.getElementById('ties-b');
  const score = document.getElementById('ties-score');
  const parts = document.getElementById('ties-parts');
  const tiesStatus = document.getElementById('ties-status');
  const agreements = document.getElementById('ties-agreements');
  const periods = chart(document.getElementById('ties-alliances'));
  const joint = chart(document.getElementById('ties-exercises'));
  const today = new Date().toISOString().slice(0, 10);

  function drawPeriods(alliances) {
    const shared = alliances || [];
    const codes = shared.map(s => s.code);
    periods.setOption(cartesian({
      title: { text: 'In an alliance together', textStyle: { color: '#e8eaed', fontSize: 13 } },
      legend: { show: false },
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: p => `${codes[p.value[0]]}: ${p.value[3]} to ${p.value[4] || 'today'}` },
      grid: { left: 90, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: codes },
      series: [{
        type: 'custom', color: '#009e73',
        renderItem: (params, api) => {
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const height = api.size([0, 1])[1] * 0.6;
          return { type: 'rect', shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height }, style: api.style() };
        },
        encode: { x: [1, 2], y: 0 },
        data: shared.flatMap((s, i) => s.together.map(p => [i, p.joined, p.left || today, p.joined, p.left])),
      }],
    }), { replaceMerge: ['series'] });
  }

  function drawJoint(years) {
    const byYear = (years || []).slice().sort((x, y) => x.year - y.year);
    joint.setOption(cartesian({
      title: { text: 'Joint exercises by year', textStyle: { color: '#e8eaed', fontSize: 13 } },
      legend: { show: false },
      xAxis: { type: 'category', data: byYear.map(y => y.year) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', color: '#56b4e9', data: byYear.map(y => y.count) }],
    }), { replaceMerge: ['series'] });
  }

  async function compare(event) {
    event?.preventDefault();
    const [x, y] = [a.value, b.value].map(v => v.trim().toUpperCase());
    status(tiesStatus, `Asking the gateway about ${x} and ${y}…`, 'note');
    try {
      const ties = await getJson(`/api/v1/countries/${encodeURIComponent(x)}/ties/${encodeURIComponent(y)}`, 'gateway');
      score.textContent = ties.score;
      score.dataset.pair = `${ties.country}-${ties.other}`;
      parts.replaceChildren(...Object.entries(ties.scoreParts).flatMap(([part, value]) => [
        el('dt', {}, part), el('dd', { class: ties.partial.includes(part) ? 'missing' : '' }, ties.partial.includes(part) ? 'missing' : value)]));
      drawPeriods(ties.alliances);
      drawJoint(ties.exercises);
      agreements.replaceChildren(...(ties.agreements || []).map(ag => el('li', {},
        el('strong', {}, ag.title), ` (${ag.type?.toLowerCase() || ''}) ${ag.status.toLowerCase().replaceAll('_', ' ')}`,
        ag.signed ? `, signed ${ag.signed}` : '', ag.inForce ? ', in force' : '')));
      if (ties.agreements && !ties.agreements.length) agreements.append(el('li', { class: 'note' }, 'No agreement between them.'));
      status(tiesStatus, ties.partial.length
        ? `Missing: ${ties.partial.map(part => `${part} (${PART_SERVICE[part] || part}: ${ties.partialReasons[part] || 'no answer'})`).join('; ')}. The score counts them as 0.`
        : '', 'missing');
      tiesStatus.dataset.partial = ties.partial.join(',');
    } catch (e) {
      score.textContent = '–';
      status(tiesStatus, `The ties view is missing: ${e.message}`);
    }
  }

  form.addEventListener('submit', compare);
  return compare();
}
