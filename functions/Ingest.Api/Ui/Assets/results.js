// @ts-check
/** The result list and its pager. */
import { append, h, hiddenText } from './dom.js';
import { renderSnippet } from './snippet.js';
import { hrefFor, withChanges } from './state.js';
import { langAttribute, languageName, plural, themeLabel } from './labels.js';

/**
 * @param {HTMLElement} container
 * @param {import('./api.js').SearchResponse} response
 * @param {import('./state.js').PageState} state
 */
export function renderResults(container, response, state) {
  container.replaceChildren();
  if (response.results.length === 0) {
    container.append(emptyMessage(response, state));
    return;
  }
  append(container, [
    h('h2', { class: 'visually-hidden' }, 'Results'),
    h('ol', { class: 'hits', start: state.skip + 1 }, response.results.map((hit) => renderHit(hit, state))),
    pager(response.count, state)]);
}

/**
 * @param {import('./api.js').Hit} hit
 * @param {import('./state.js').PageState} state
 */
function renderHit(hit, state) {
  const lang = langAttribute(hit.language);
  const link = withChanges(state, { document: hit.documentId, skip: state.skip });
  // In passage mode the link opens the article at the passage that matched.
  const href = hrefFor(link) + (state.mode === 'chunks' ? `#passage-${encodeURIComponent(hit.chunkId)}` : '');
  const meta = [
    hit.section ? h('span', { class: 'hit-section', lang }, hit.section) : null,
    hit.publishedAt ? h('time', { datetime: hit.publishedAt }, hit.publishedAt) : null,
    hit.source ? h('span', { class: 'hit-source', lang }, hit.source) : null,
    h('span', { class: 'hit-path' }, hit.path),
    hit.language ? h('span', { class: 'hit-language' }, languageName(hit.language)) : null,
  ].filter(Boolean);
  const themes = (hit.themes ?? []).slice(0, 4);
  return h('li', { class: 'hit', 'data-document-id': hit.documentId, 'data-chunk-id': hit.chunkId },
    h('h3', { class: 'hit-title' },
      h('a', { href, 'data-nav': true, 'data-focus-key': `hit:${hit.documentId}:${hit.chunkId}`, lang }, hit.title || hit.path)),
    h('p', { class: 'hit-meta' }, meta.flatMap((part, i) => (i === 0 ? [part] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), part]))),
    h('p', { class: 'snippet', lang }, renderSnippet(hit.snippet)),
    themes.length > 0
      ? h('ul', { class: 'tags', 'aria-label': 'Themes' }, themes.map((t) => h('li', { class: 'tag' }, themeLabel(t.id))))
      : null);
}

/**
 * @param {import('./api.js').SearchResponse} response
 * @param {import('./state.js').PageState} state
 */
function emptyMessage(response, state) {
  if (response.count > 0) {
    // Paged past the end (the result set shrank since the link was made).
    return h('p', { class: 'empty' }, 'No more results. ',
      h('a', { href: hrefFor(withChanges(state, {})), 'data-nav': true }, 'Back to the first page'));
  }
  const filtered = Object.values(state.filters).some((v) => v.length > 0) || state.from || state.to;
  return h('div', { class: 'empty' },
    h('p', {}, state.q ? `Nothing matches “${state.q}”.` : 'Nothing matches.'),
    h('p', {}, filtered ? 'Try removing a filter, or fewer words.' : 'Try fewer or other words.'));
}

/**
 * Previous/next links and the page position; plain links, so they work with a middle click too.
 * @param {number} count
 * @param {import('./state.js').PageState} state
 */
function pager(count, state) {
  const pages = Math.max(1, Math.ceil(count / state.top));
  if (pages === 1) return null;
  const page = Math.floor(state.skip / state.top) + 1;
  const previous = page > 1
    ? h('a', { href: hrefFor(withChanges(state, { skip: Math.max(0, state.skip - state.top) })), 'data-nav': true, rel: 'prev', 'data-focus-key': 'pager:prev' }, '← Previous')
    : h('span', { class: 'disabled', 'aria-disabled': 'true' }, '← Previous');
  const next = state.skip + state.top < count
    ? h('a', { href: hrefFor(withChanges(state, { skip: state.skip + state.top })), 'data-nav': true, rel: 'next', 'data-focus-key': 'pager:next' }, 'Next →')
    : h('span', { class: 'disabled', 'aria-disabled': 'true' }, 'Next →');
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    previous,
    h('span', { class: 'page-position' }, `Page ${page} of ${pages}`, hiddenText(` (${plural(count, 'result', 'results')})`)),
    next);
}
