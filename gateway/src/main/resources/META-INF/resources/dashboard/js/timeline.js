// Exercises per year by type (one of several types counts in each of its types), and one country's exercises per year.
import { cartesian, chart, colourOf, countriesOf, TYPES, typeName, yearOf } from './charts.js';

function years(exercises) {
  const known = exercises.map(e => yearOf(e.start)).filter(Boolean);
  if (!known.length) return [];
  const range = [];
  for (let y = Math.min(...known); y <= Math.max(...known); y++) range.push(y);
  return range;
}

export function startTimeline() {
  const byType = chart(document.getElementById('timeline'));
  const byCountry = chart(document.getElementById('country-timeline'));
  const country = document.getElementById('timeline-country');
  let all = [];

  function renderCountry() {
    const code = country.value.trim().toUpperCase();
    const range = years(all);
    const counts = new Map(range.map(y => [y, 0]));
    all.filter(e => countriesOf(e).includes(code)).forEach(e => counts.set(yearOf(e.start), (counts.get(yearOf(e.start)) || 0) + 1));
    byCountry.setOption(cartesian({
      title: { text: `${code || '?'}: exercises per year`, textStyle: { color: '#e8eaed', fontSize: 13 } },
      legend: { show: false },
      xAxis: { type: 'category', data: range },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', step: 'middle', areaStyle: { opacity: 0.25 }, color: '#56b4e9', data: range.map(y => counts.get(y)) }],
    }), { replaceMerge: ['series'] });
  }

  function render() {
    const range = years(all);
    const series = TYPES.map(type => ({
      name: typeName(type), type: 'line', symbolSize: 6, color: colourOf(type),
      data: range.map(y => all.filter(e => yearOf(e.start) === y && (e.types || []).includes(type)).length),
    })).filter(s => s.data.some(Boolean));
    byType.setOption(cartesian({
      grid: { left: 48, right: 16, top: 56, bottom: 28 },
      xAxis: { type: 'category', data: range },
      yAxis: { type: 'value', minInterval: 1, name: 'exercises', nameTextStyle: { color: '#e8eaed' } },
      series,
    }), { replaceMerge: ['series'] });
    renderCountry();
  }

  country.addEventListener('change', renderCountry);
  return exercises => { all = exercises; render(); };
}
