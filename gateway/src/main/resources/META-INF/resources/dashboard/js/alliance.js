// Members of an alliance by date (a step chart and the accessions and withdrawals), and its
// burden-sharing report of a year when it has one.
import { getJson } from './api.js';
import { cartesian, chart, el, status } from './charts.js';

async function memberships(code) {
  const all = [];
  let after = '';
  do {
    const page = await getJson(`/api/v1/alliances/${encodeURIComponent(code)}/members?history=true&limit=200${after}`, 'alliance-service');
    all.push(...page.items);
    after = page.next ? `&after=${encodeURIComponent(page.next)}` : '';
  } while (after);
  return all;
}

/** Each date a membership began or ended, with the count of members from that day. */
function steps(periods) {
  const changes = [];
  periods.forEach(p => {
    changes.push({ date: p.joined, delta: 1, member: p });
    if (p.left) changes.push({ date: p.left, delta: -1, member: p });
  });
  changes.sort((a, b) => a.date.localeCompare(b.date));
  let members = 0;
  return changes.map(change => ({ ...change, members: (members += change.delta) }));
}

export function startAlliances() {
  const select = document.getElementById('alliance');
  const year = document.getElementById('burden-year');
  const allianceStatus = document.getElementById('alliance-status');
  const list = document.getElementById('alliance-changes');
  const burden = document.getElementById('burden');
  const members = chart(document.getElementById('alliance-members'));
  year.value = new Date().getFullYear() - 1;

  async function showBurden() {
    const code = select.value;
    burden.replaceChildren();
    try {
      const report = await getJson(`/api/v1/alliances/${encodeURIComponent(code)}/burden-sharing/${Number(year.value)}`, 'alliance-service');
      if (!report.figures.length) {
        burden.append(el('p', { class: 'note' }, `${code} has no burden-sharing figures for ${report.year}.`));
        return;
      }
      burden.replaceChildren(
        el('h3', {}, `Burden sharing ${report.year}`),
        el('p', {}, report.targetGdpShare != null ? `Target ${report.targetGdpShare} % of GDP; ${report.meetingTarget.length} of ${report.figures.length} meet it` : 'No target'),
        el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'Member'), el('th', {}, '% of GDP'), el('th', {}, 'Meets'))),
          el('tbody', {}, report.figures.map(f => el('tr', {}, el('td', {}, f.countryName), el('td', {}, f.gdpShare),
            el('td', {}, f.meetsTarget == null ? '' : f.meetsTarget ? 'yes' : 'no'))))));
    } catch (e) {
      burden.append(el('p', { class: 'note' }, e.status === 404
        ? `${code} has no burden-sharing report for ${year.value}.`
        : `Burden sharing is missing: ${e.message}`));
    }
  }

  async function show() {
    const code = select.value;
    status(allianceStatus, '');
    try {
      const history = steps(await memberships(code));
      const today = new Date().toISOString().slice(0, 10);
      members.setOption(cartesian({
        legend: { show: false },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', minInterval: 1, name: 'members', nameTextStyle: { color: '#e8eaed' } },
        series: [{ type: 'line', step: 'end', symbol: 'none', color: '#e69f00', areaStyle: { opacity: 0.2 },
          data: [...history.map(s => [s.date, s.members]), ...(history.length ? [[today, history.at(-1).members]] : [])] }],
      }), { replaceMerge: ['series'] });
      list.replaceChildren(...history.slice().reverse().map(s => el('li', { class: s.delta > 0 ? 'joined' : 'left' },
        el('time', { datetime: s.date }, s.date), ` ${s.member.countryName} ${s.delta > 0 ? 'joined' : 'withdrew'}`)));
      if (!history.length) status(allianceStatus, `${code} has no members recorded.`, 'note');
    } catch (e) {
      members.clear();
      list.replaceChildren();
      status(allianceStatus, `Members over time are missing: ${e.message}`);
    }
    showBurden();
  }

  return getJson('/api/v1/alliances?source=curated&limit=200', 'alliance-service').then(page => {
    select.replaceChildren(...page.items.map(a => el('option', { value: a.code }, `${a.code}: ${a.name}`)));
    select.value = page.items.some(a => a.code === 'NATO') ? 'NATO' : page.items[0]?.code;
    select.addEventListener('change', show);
    year.addEventListener('change', showBurden);
    return show();
  }).catch(e => status(allianceStatus, `Alliances are missing: ${e.message}`));
}
