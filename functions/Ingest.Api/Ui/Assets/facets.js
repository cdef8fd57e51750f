// @ts-check
/** Facets as toggle buttons with counts, and the chips of the filters in force. */
import { h, hiddenText } from './dom.js';
import { FACET_FIELDS, FILTER_FIELDS } from './state.js';
import { FIELD_HEADINGS, FIELD_NAMES, plural, textLang, valueLabel } from './labels.js';

const SHOWN = 8;

/**
 * @typedef {{onToggle: (field: import('./state.js').FilterField, value: string) => void,
 *   onClearDates: (which: 'from' | 'to') => void, onClearAll: () => void}} FilterHandlers
 */

/**
 * @param {HTMLElement} aside
 * @param {import('./api.js').SearchResponse} response
 * @param {import('./state.js').PageState} state
 * @param {FilterHandlers} handlers
 */
export function renderFacets(aside, response, state, handlers) {
  const unit = state.mode === 'chunks' ? ['passage', 'passages'] : ['article', 'articles'];
  const groups = FACET_FIELDS.map((field) => {
    const counts = [...(response.facets?.[field] ?? [])];
    // A selected value keeps its button even when it no longer has matches, so it can be undone here.
    for (const value of state.filters[field]) {
      if (!counts.some((c) => c.value === value)) counts.unshift({ value, count: 0 });
    }
    if (counts.length === 0) return null;
    const id = `facet-${field}`;
    const items = counts.map((c, i) => {
      const selected = state.filters[field].includes(c.value);
      const button = h('button', {
        type: 'button', class: 'facet-value', 'aria-pressed': String(selected),
        'data-field': field, 'data-value': c.value, 'data-focus-key': `facet:${field}:${c.value}`,
      },
      h('span', { class: 'facet-label', lang: textLang(valueLabel(field, c.value)) }, valueLabel(field, c.value)),
      h('span', { class: 'count' }, c.count.toLocaleString('en')),
      hiddenText(` ${c.count === 1 ? unit[0] : unit[1]}`));
      button.addEventListener('click', () => handlers.onToggle(field, c.value));
      return h('li', { hidden: i >= SHOWN && !selected }, button);
    });
    const list = h('ul', { class: 'facet-values', id: `${id}-values` }, items);
    const hiddenCount = items.filter((li) => li.hidden).length;
    let more = null;
    if (hiddenCount > 0) {
      more = h('button', { type: 'button', class: 'link more', 'aria-expanded': 'false', 'aria-controls': `${id}-values` }, `Show ${hiddenCount} more`);
      more.addEventListener('click', () => {
        for (const li of items) li.hidden = false;
        more?.remove();
        list.querySelector('li:nth-child(' + (SHOWN + 1) + ') button')?.focus();
      });
    }
    return h('section', { class: 'facet', 'data-facet': field, 'aria-labelledby': `${id}-heading` },
      h('h2', { id: `${id}-heading` }, FIELD_HEADINGS[field]), list, more);
  }).filter(Boolean);

  // One disclosure holds the groups: open beside the results on a wide window, closed above them
  // on a phone so the results come first. A reader's own choice is kept across searches.
  const previous = aside.querySelector('details');
  const open = previous instanceof HTMLDetailsElement ? previous.open : !narrow.matches;
  const active = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
  const panel = h('details', { class: 'facets-panel', open },
    h('summary', {}, 'Filters', active > 0 ? h('span', { class: 'count' }, ` (${active} active)`) : null),
    groups);
  aside.replaceChildren(panel);
  aside.hidden = groups.length === 0;
}

const narrow = window.matchMedia('(max-width: 46rem)');

/**
 * @param {HTMLElement} section
 * @param {import('./state.js').PageState} state
 * @param {FilterHandlers} handlers
 */
export function renderChips(section, state, handlers) {
  /** @type {HTMLElement[]} */
  const chips = [];
  for (const field of FILTER_FIELDS) {
    for (const value of state.filters[field]) {
      chips.push(chip(`${FIELD_NAMES[field]}: ${valueLabel(field, value)}`, `chip:${field}:${value}`, () => handlers.onToggle(field, value)));
    }
  }
  if (state.from) chips.push(chip(`From: ${state.from}`, 'chip:from', () => handlers.onClearDates('from')));
  if (state.to) chips.push(chip(`To: ${state.to}`, 'chip:to', () => handlers.onClearDates('to')));

  section.replaceChildren();
  section.hidden = chips.length === 0;
  if (chips.length === 0) return;
  const clear = h('button', { type: 'button', class: 'link clear-all', 'data-focus-key': 'chip:clear' }, 'Clear all');
  clear.addEventListener('click', handlers.onClearAll);
  section.append(
    h('h2', { class: 'visually-hidden' }, `Active filters (${plural(chips.length, 'filter', 'filters')})`),
    h('ul', { class: 'chips' }, chips.map((c) => h('li', {}, c)), chips.length > 1 ? h('li', {}, clear) : null));
}

/**
 * @param {string} text
 * @param {string} focusKey
 * @param {() => void} remove
 */
function chip(text, focusKey, remove) {
  const button = h('button', { type: 'button', class: 'chip', 'data-focus-key': focusKey },
    hiddenText('Remove filter '), h('span', { class: 'chip-text' }, text), h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
  button.addEventListener('click', remove);
  return button;
}
