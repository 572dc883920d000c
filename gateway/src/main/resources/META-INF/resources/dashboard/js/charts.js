// What every chart and panel shares: ECharts on a dark background, colours by exercise type that stay
// apart for colour-blind readers, and the status line of a panel.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

export const TYPES = ['SEA', 'AIR', 'LAND', 'AMPHIBIOUS', 'HADR', 'PEACEKEEPING', 'COUNTER_TERRORISM', 'CYBER',
  'COMMAND_POST', 'WARFIGHTING'];
const COLOURS = ['#56b4e9', '#e69f00', '#009e73', '#f0e442', '#ff8c69', '#b3b3ff', '#d55e00', '#9ad0c2',
  '#cc79a7', '#a6761d'];
/** An exercise of several types (most large ones) has a colour of its own: none of them is the main one. */
export const SEVERAL = 'SEVERAL';

export const mainType = exercise => {
  const types = exercise.types || [];
  return types.length > 1 ? SEVERAL : types[0] || null;
};

export const colourOf = type => (type === SEVERAL ? '#f5f5f5' : COLOURS[TYPES.indexOf(type)] || '#9aa0a6');
export const typeName = type => (type === SEVERAL ? 'several types' : (type || 'no type').toLowerCase().replaceAll('_', ' '));
export const TEXT = '#e8eaed';
const AXIS = { axisLine: { lineStyle: { color: '#8a9099' } }, axisLabel: { color: TEXT }, splitLine: { lineStyle: { color: '#2c3340' } } };

const instances = [];
window.addEventListener('resize', () => instances.forEach(chart => chart.resize()));

/** Tooltips are drawn on the canvas (richText): HTML ones carry inline styles the CSP refuses. */
export function chart(element) {
  const instance = echarts.init(element, null, { renderer: 'canvas' });
  instances.push(instance);
  return instance;
}

/** Options every cartesian chart has: readable text, axes and a legend on the dark background. */
export function cartesian(options) {
  return {
    backgroundColor: 'transparent',
    animation: false, // a redraw per live event: no motion on a wall display, and screenshots show the data
    textStyle: { color: TEXT },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { textStyle: { color: TEXT }, type: 'scroll', pageTextStyle: { color: TEXT } },
    ...options,
    xAxis: { ...AXIS, ...options.xAxis },
    yAxis: { ...AXIS, ...options.yAxis },
  };
}

/** A panel's status line: empty, or what is missing and why, or a note. */
export function status(element, message, kind = 'missing') {
  element.textContent = message || '';
  element.dataset.kind = message ? kind : '';
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (key === 'class') node.className = value;
    else if (key === 'style') Object.assign(node.style, value); // through the CSSOM, which the CSP allows
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

export const yearOf = partialDate => (partialDate ? Number(String(partialDate).slice(0, 4)) : null);
export const countriesOf = exercise => (exercise.participants || []).map(p => p.country);
