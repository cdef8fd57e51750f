// @ts-check
/**
 * The page's state lives in its URL, under the API's own parameter names, so that a search can be
 * bookmarked, shared and opened again (/?q=數字化&place=浙江). `document` opens an article.
 */

/** Filters the API accepts; each may repeat, values of one field are alternatives. */
export const FILTER_FIELDS = /** @type {const} */ (['theme', 'place', 'person', 'organization', 'work', 'language', 'source']);

/** Facets the page asks for and shows, in display order. */
export const FACET_FIELDS = /** @type {const} */ (['theme', 'place', 'person', 'organization', 'work']);

export const PAGE_SIZE = 10;

/** @typedef {typeof FILTER_FIELDS[number]} FilterField */

/**
 * @typedef {object} PageState
 * @property {string} q
 * @property {'documents' | 'chunks'} mode
 * @property {'relevance' | 'date'} orderBy
 * @property {string} from
 * @property {string} to
 * @property {Record<FilterField, string[]>} filters
 * @property {number} skip
 * @property {number} top
 * @property {string} document Id of the open article, or empty.
 * @property {string} code A function key carried over from the page URL (Functions app), or empty.
 */

/**
 * Reads the state from a query string.
 * @param {string | URLSearchParams} search
 * @returns {PageState}
 */
export function readState(search) {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = /** @type {Record<FilterField, string[]>} */ ({});
  for (const field of FILTER_FIELDS) {
    // The API accepts repeated and comma-separated values alike.
    const values = params.getAll(field).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    filters[field] = [...new Set(values)];
  }
  return {
    q: (params.get('q') ?? '').trim(),
    mode: params.get('mode') === 'chunks' ? 'chunks' : 'documents',
    orderBy: params.get('orderBy') === 'date' ? 'date' : 'relevance',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    filters,
    skip: nonNegative(params.get('skip'), 0),
    top: Math.min(50, Math.max(1, nonNegative(params.get('top'), PAGE_SIZE))),
    document: params.get('document') ?? '',
    code: params.get('code') ?? '',
  };
}

/**
 * Writes the state as a query string, leaving out defaults so shared URLs stay short.
 * @param {PageState} state
 * @returns {URLSearchParams}
 */
export function toParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const field of FILTER_FIELDS) {
    for (const value of state.filters[field]) params.append(field, value);
  }
  if (state.mode !== 'documents') params.set('mode', state.mode);
  if (state.orderBy !== 'relevance') params.set('orderBy', state.orderBy);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.skip > 0) params.set('skip', String(state.skip));
  if (state.top !== PAGE_SIZE) params.set('top', String(state.top));
  if (state.document) params.set('document', state.document);
  if (state.code) params.set('code', state.code);
  return params;
}

/**
 * The query string of GET /api/search for a state: the page's parameters plus the facets it shows.
 * @param {PageState} state
 * @returns {URLSearchParams}
 */
export function toSearchQuery(state) {
  const params = toParams({ ...state, document: '', code: '' });
  if (state.top === PAGE_SIZE) params.set('top', String(PAGE_SIZE));
  params.set('facets', FACET_FIELDS.join(','));
  return params;
}

/**
 * A copy of the state with changes; any change other than paging starts again at the first page.
 * @param {PageState} state
 * @param {Partial<PageState>} changes
 * @returns {PageState}
 */
export function withChanges(state, changes) {
  const next = { ...state, filters: { ...state.filters }, ...changes };
  if (!('skip' in changes)) next.skip = 0;
  return next;
}

/**
 * Adds or removes one filter value.
 * @param {PageState} state
 * @param {FilterField} field
 * @param {string} value
 * @returns {PageState}
 */
export function toggleFilter(state, field, value) {
  const values = state.filters[field];
  const nextValues = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return withChanges(state, { filters: { ...state.filters, [field]: nextValues }, document: '' });
}

/**
 * @param {string | null} text
 * @param {number} fallback
 */
function nonNegative(text, fallback) {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * A relative link to a state: the same page with another query string, so links work under
 * either mount.
 * @param {PageState} state
 */
export function hrefFor(state) {
  return `?${toParams(state)}`;
}
