// @ts-check
/**
 * The page's controller. The URL is the single source of state: every action pushes a new URL
 * and render() draws the page from it, so Back/Forward, bookmarks and shared links all run the
 * same path.
 */
import { ApiError, apiRoot, getDocument, search } from './api.js';
import { h } from './dom.js';
import { renderChips, renderFacets } from './facets.js';
import { loadThemeLabels, plural } from './labels.js';
import { renderDocument } from './document-view.js';
import { renderResults } from './results.js';
import { hrefFor, readState, toSearchQuery, toggleFilter, withChanges } from './state.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = /** @type {HTMLFormElement} */ ($('search-form'));
const input = /** @type {HTMLInputElement} */ ($('q'));
const orderBy = /** @type {HTMLSelectElement} */ ($('orderBy'));
const fromInput = /** @type {HTMLInputElement} */ ($('from'));
const toInput = /** @type {HTMLInputElement} */ ($('to'));
const dates = /** @type {HTMLDetailsElement} */ ($('dates'));
const formErrors = $('form-errors');
const main = $('content');
const status = $('status');
const facets = $('facets');
const chips = $('active-filters');
const results = $('results');
const documentView = $('document-view');

/** Aborts the previous request when the user moves on before it answered. */
let inFlight = new AbortController();
/** The query string last drawn, to tell a change of state from a change of #fragment only. */
let renderedSearch = /** @type {string | null} */ (null);
/** The article last opened, so that coming back puts focus on its result again. */
let lastDocument = '';

/** @param {import('./state.js').PageState} state */
function navigate(state) {
  history.pushState({ fromPage: true }, '', hrefFor(state));
  void render();
}

const current = () => readState(location.search);

/** @type {import('./facets.js').FilterHandlers} */
const filterHandlers = {
  onToggle: (field, value) => navigate(toggleFilter(current(), field, value)),
  onClearDates: (which) => navigate(withChanges(current(), { [which]: '', document: '' })),
  onClearAll: () => {
    const state = current();
    const none = /** @type {typeof state.filters} */ (Object.fromEntries(Object.keys(state.filters).map((k) => [k, []])));
    navigate(withChanges(state, { filters: none, from: '', to: '', document: '' }));
  },
};

async function render() {
  const state = current();
  if (location.search === renderedSearch) {
    scrollToFragment();
    return;
  }
  renderedSearch = location.search;
  inFlight.abort();
  inFlight = new AbortController();
  const signal = inFlight.signal;
  syncForm(state);
  main.setAttribute('aria-busy', 'true');
  try {
    if (state.document) {
      await showDocument(state, signal);
    } else {
      await showSearch(state, signal);
    }
  } catch (error) {
    if (signal.aborted) return;
    showError(error, state);
  } finally {
    if (!signal.aborted) main.removeAttribute('aria-busy');
  }
}

/**
 * @param {import('./state.js').PageState} state
 * @param {AbortSignal} signal
 */
async function showSearch(state, signal) {
  const focusKey = /** @type {HTMLElement | null} */ (document.activeElement)?.dataset?.focusKey;
  const response = await search(toSearchQuery(state), state.code, signal);
  if (signal.aborted) return;

  documentView.hidden = true;
  documentView.replaceChildren();
  results.hidden = false;
  renderFacets(facets, response, state, filterHandlers);
  renderChips(chips, state, filterHandlers);
  renderResults(results, response, state);

  const unit = state.mode === 'chunks' ? ['passage', 'passages'] : ['article', 'articles'];
  status.classList.remove('visually-hidden');
  status.dataset.count = String(response.count);
  status.textContent = `${plural(response.count, unit[0], unit[1])}${state.q ? ` for “${state.q}”` : ''}`;
  status.append(h('span', { class: 'elapsed', 'aria-hidden': 'true' }, ` · ${Math.round(response.elapsedMs)} ms`));
  document.title = state.q ? `${state.q} – Article search` : 'Article search';

  // Keep keyboard users where they were: the same facet or chip after a filter change, the
  // article they came back from after Back.
  const returning = lastDocument && results.querySelector(`[data-document-id="${CSS.escape(lastDocument)}"] a`);
  lastDocument = '';
  restoreFocus(focusKey) || (returning instanceof HTMLElement && returning.focus());
}

/**
 * @param {import('./state.js').PageState} state
 * @param {AbortSignal} signal
 */
async function showDocument(state, signal) {
  const response = await getDocument(state.document, state.code, signal);
  if (signal.aborted) return;

  results.hidden = true;
  facets.hidden = true;
  chips.hidden = true;
  renderDocument(documentView, response, state);
  documentView.hidden = false;
  lastDocument = state.document;
  const title = response.document?.title || response.path;
  delete status.dataset.count;
  // Announced for screen readers; on screen the heading below says the same.
  status.classList.add('visually-hidden');
  status.textContent = `Article: ${title}`;
  document.title = `${title} – Article search`;
  if (!scrollToFragment()) {
    window.scrollTo(0, 0);
    $('doc-title').focus();
  }
}

/** Scrolls to the passage named in the #fragment (passage mode links); true when there was one. */
function scrollToFragment() {
  if (!location.hash) return false;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  target.focus();
  return true;
}

/** @param {string | undefined} key */
function restoreFocus(key) {
  if (!key) return false;
  for (const element of document.querySelectorAll('[data-focus-key]')) {
    if (element instanceof HTMLElement && element.dataset.focusKey === key) {
      element.focus();
      return true;
    }
  }
  // The element went away (a removed chip): keep focus in the results rather than losing it.
  if (key.startsWith('chip:') || key.startsWith('facet:')) main.focus();
  return false;
}

/**
 * @param {unknown} error
 * @param {import('./state.js').PageState} state
 */
function showError(error, state) {
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'Something went wrong while loading the page.');
  delete status.dataset.count;
  status.classList.remove('visually-hidden');
  if (apiError.status === 400 && Object.keys(apiError.errors).length > 0) {
    showFormErrors(apiError.errors);
    status.textContent = 'The search could not run; see the message under the search box.';
    results.replaceChildren();
    return;
  }
  status.textContent = apiError.status === 404 && state.document ? 'This article is not in the index.' : apiError.message;
  const retry = h('button', { type: 'button' }, 'Try again');
  retry.addEventListener('click', () => {
    renderedSearch = null;
    void render();
  });
  documentView.hidden = true;
  results.hidden = false;
  results.replaceChildren(h('div', { class: 'error-box' },
    h('p', {}, apiError.status === 404 && state.document ? 'The article may have been removed or renamed.' : apiError.message),
    apiError.status === 404 ? h('p', {}, h('a', { href: hrefFor(withChanges(state, { document: '' })), 'data-nav': true }, 'Back to results')) : retry));
}

/** @param {Record<string, string[]>} errors */
function showFormErrors(errors) {
  const fields = /** @type {Record<string, HTMLElement>} */ ({ q: input, from: fromInput, to: toInput, orderBy });
  formErrors.replaceChildren(h('ul', {}, Object.entries(errors).flatMap(([name, messages]) => messages.map((m) => h('li', {}, m)))));
  formErrors.hidden = false;
  for (const [name, element] of Object.entries(fields)) {
    if (errors[name]) element.setAttribute('aria-invalid', 'true');
  }
}

/** @param {import('./state.js').PageState} state */
function syncForm(state) {
  input.value = state.q;
  for (const radio of form.querySelectorAll('input[name="mode"]')) {
    if (radio instanceof HTMLInputElement) radio.checked = radio.value === state.mode;
  }
  orderBy.value = state.orderBy;
  fromInput.value = state.from;
  toInput.value = state.to;
  if (state.from || state.to) dates.open = true;
  formErrors.hidden = true;
  formErrors.replaceChildren();
  for (const element of [input, fromInput, toInput, orderBy]) element.removeAttribute('aria-invalid');
}

function submitForm() {
  const data = new FormData(form);
  navigate(withChanges(current(), {
    q: String(data.get('q') ?? '').trim(),
    mode: data.get('mode') === 'chunks' ? 'chunks' : 'documents',
    orderBy: data.get('orderBy') === 'date' ? 'date' : 'relevance',
    from: String(data.get('from') ?? ''),
    to: String(data.get('to') ?? ''),
    document: '',
  }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitForm();
});
for (const control of form.querySelectorAll('input[name="mode"], select, input[type="date"]')) {
  control.addEventListener('change', submitForm);
}

// Links drawn by the page carry data-nav: follow them without reloading, unless the user asked
// for a new tab or window.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // "Back to results" after opening an article from the results is the browser's Back, so the
  // history does not grow a loop.
  if (link.hasAttribute('data-back') && history.state?.fromPage) {
    history.back();
    return;
  }
  history.pushState({ fromPage: true }, '', link.href);
  void render();
});

window.addEventListener('popstate', () => void render());

// The page URL can carry the Functions app's key; keep it on the home link and the API link.
const key = current().code;
$('home-link').setAttribute('href', key ? `?code=${encodeURIComponent(key)}` : '?');
$('api-link').setAttribute('href', new URL('openapi.json', apiRoot).pathname);

await loadThemeLabels();
await render();
if (!current().document && !current().q) input.focus();
