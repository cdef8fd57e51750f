// @ts-check
/** The article view: metadata, quality report with garbled spans marked, entities, themes, passages. */
import { h, hiddenText, replaceChildren } from './dom.js';
import { garbledRanges } from './marks.js';
import { hrefFor, withChanges } from './state.js';
import { FIELD_HEADINGS, FIELD_NAMES, langAttribute, languageName, plural, textLang, themeLabel } from './labels.js';

const ENTITY_ORDER = ['person', 'place', 'organization', 'work', 'event', 'date'];
const FILTERABLE = new Set(['person', 'place', 'organization', 'work']);
const MAX_REPAIRS = 50;

/**
 * @param {HTMLElement} view
 * @param {import('./api.js').DocumentResponse} response
 * @param {import('./state.js').PageState} state
 */
export function renderDocument(view, response, state) {
  const summary = response.document;
  const lang = langAttribute(summary?.language);
  const spans = summary?.quality?.mojibakeSpans ?? [];
  const back = withChanges(state, { document: '', skip: state.skip });

  replaceChildren(view,
    h('nav', { class: 'doc-nav', 'aria-label': 'Article' },
      h('a', { href: hrefFor(back), 'data-nav': true, 'data-back': true, class: 'back-link' }, '← Back to results')),
    h('header', { class: 'doc-header' },
      h('h2', { id: 'doc-title', tabindex: '-1', lang }, summary?.title || response.path),
      summary?.titleIsDerived ? h('p', { class: 'note' }, 'The article has no title line; this one was taken from its text.') : null),
    details(response),
    quality(summary?.quality, spans.length, lang),
    entities(summary?.entities ?? [], state),
    themes(summary?.themes ?? [], state),
    passages(response.chunks, spans, lang));
}

/** @param {import('./api.js').DocumentResponse} response */
function details(response) {
  const s = response.document;
  /** @type {[string, (Node | string | null)][]} */
  const rows = [
    ['Author', s?.author ?? null],
    ['Editor', s?.editor ?? null],
    ['Contributor', s?.contributor ?? null],
    ['Source', s?.source ?? null],
    ['Published', s?.publishedAt ? h('time', { datetime: s.publishedAt }, s.publishedAt) : null],
    ['Language', s?.language ? languageName(s.language) : null],
    ['Format', s?.format ?? null],
    ['Encoding', s?.encoding ? `${s.encoding}${s.encodingConfidence != null ? ` (confidence ${Math.round(s.encodingConfidence * 100)}%)` : ''}` : null],
    ['File', response.path],
    ['Status', response.status + (response.failureReason ? `: ${response.failureReason}` : '')],
    ['Problem', response.failureMessage ?? null],
    ['Headings', s?.headings?.length ? h('ul', { class: 'headings', lang: langAttribute(s.language) }, s.headings.map((x) => h('li', {}, x))) : null],
    ['First seen', dateTime(response.firstSeenAt)],
    ['Updated', dateTime(response.updatedAt)],
    ['Pipeline', response.pipelineVersion],
    ['Content hash', h('code', { title: response.contentHash }, (response.contentHash ?? '').slice(0, 12))],
  ];
  return h('section', { class: 'doc-section doc-details', 'aria-labelledby': 'doc-details-heading' },
    h('h3', { id: 'doc-details-heading' }, 'Details'),
    h('dl', {}, rows.filter(([, value]) => value !== null && value !== '').map(([term, value]) => [h('dt', {}, term), h('dd', { lang: textLang(typeof value === 'string' ? value : '') }, value)])));
}

/**
 * @param {import('./api.js').Quality | undefined} report
 * @param {number} spanCount
 * @param {string | undefined} lang
 */
function quality(report, spanCount, lang) {
  const spans = report?.mojibakeSpans ?? [];
  const repairs = report?.repairs ?? [];
  const warnings = report?.warnings ?? [];
  const parts = [];
  if (spanCount === 0 && repairs.length === 0 && warnings.length === 0) {
    parts.push(h('p', {}, 'No encoding problems were found.'));
  }
  if (spans.length > 0) {
    parts.push(
      h('h4', {}, `Garbled text: ${plural(spans.length, 'span', 'spans')}`),
      h('p', { class: 'note' }, 'Text decoded with the wrong encoding (mojibake). It is marked in the passages below.'),
      h('ol', { class: 'spans' }, spans.map((span, i) => {
        const show = h('button', { type: 'button', class: 'link', 'aria-label': `Show garbled span ${i + 1} in its passage` }, 'Show');
        show.addEventListener('click', () => {
          const mark = document.getElementById(`mojibake-${i}`);
          if (mark) {
            mark.scrollIntoView({ block: 'center' });
            mark.focus();
          }
        });
        return h('li', {},
          h('q', { class: 'garbled', lang }, span.text),
          ` at offset ${span.start}, ${span.length} characters; confidence ${Math.round(span.confidence * 100)}%`,
          span.evidence ? h('span', { class: 'evidence' }, ` (${span.evidence})`) : null,
          ' ', show);
      })));
  }
  if (repairs.length > 0) {
    parts.push(
      h('h4', {}, `Repairs: ${plural(repairs.length, 'repair', 'repairs')}`),
      h('table', { class: 'repairs' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Offset'), h('th', { scope: 'col' }, 'Original'), h('th', { scope: 'col' }, 'Replacement'), h('th', { scope: 'col' }, 'Method'))),
        h('tbody', {}, repairs.slice(0, MAX_REPAIRS).map((r) => h('tr', {},
          h('td', {}, String(r.start)), h('td', { lang }, visible(r.original)), h('td', { lang }, visible(r.replacement)), h('td', {}, r.method))))),
      repairs.length > MAX_REPAIRS ? h('p', { class: 'note' }, `and ${repairs.length - MAX_REPAIRS} more.`) : null);
  }
  if (warnings.length > 0) {
    parts.push(h('h4', {}, 'Warnings'), h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, w))));
  }
  return h('section', { class: 'doc-section doc-quality', 'aria-labelledby': 'doc-quality-heading' },
    h('h3', { id: 'doc-quality-heading' }, 'Quality report'), parts);
}

/**
 * @param {import('./api.js').EntitySummary[]} list
 * @param {import('./state.js').PageState} state
 */
function entities(list, state) {
  if (list.length === 0) return null;
  const types = [...new Set(list.map((e) => e.type))].sort((a, b) => rank(a) - rank(b));
  return h('section', { class: 'doc-section doc-entities', 'aria-labelledby': 'doc-entities-heading' },
    h('h3', { id: 'doc-entities-heading' }, 'Entities'),
    types.map((type) => {
      const ofType = list.filter((e) => e.type === type).sort((a, b) => b.count - a.count);
      return h('div', { class: 'entity-group' },
        h('h4', {}, FIELD_HEADINGS[type] ?? FIELD_NAMES[type] ?? type),
        h('ul', { class: 'entity-list' }, ofType.map((e) => {
          const others = (e.surfaces ?? []).filter((s) => s !== e.canonical);
          const label = [h('span', { lang: textLang(e.canonical) }, e.canonical), h('span', { class: 'count' }, String(e.count)), hiddenText(e.count === 1 ? ' mention' : ' mentions')];
          const title = [others.length ? `Also written ${others.join('、')}` : '', e.detail ?? ''].filter(Boolean).join('; ') || undefined;
          return h('li', {}, FILTERABLE.has(type)
            ? h('a', { href: hrefFor(addFilter(state, /** @type {any} */ (type), e.canonical)), 'data-nav': true, class: 'entity', title }, label)
            : h('span', { class: 'entity', title }, label));
        })));
    }));
}

/**
 * @param {import('./api.js').ThemeScore[]} list
 * @param {import('./state.js').PageState} state
 */
function themes(list, state) {
  if (list.length === 0) return null;
  return h('section', { class: 'doc-section doc-themes', 'aria-labelledby': 'doc-themes-heading' },
    h('h3', { id: 'doc-themes-heading' }, 'Themes'),
    h('ul', { class: 'entity-list' }, [...list].sort((a, b) => b.score - a.score).map((t) =>
      h('li', {}, h('a', { href: hrefFor(addFilter(state, 'theme', t.id)), 'data-nav': true, class: 'entity' },
        h('span', { lang: textLang(themeLabel(t.id)) }, themeLabel(t.id)),
        h('span', { class: 'count' }, t.score.toFixed(2)), hiddenText(' score'))))));
}

/**
 * @param {import('./api.js').DocumentChunk[]} chunks
 * @param {import('./api.js').MojibakeSpan[]} spans
 * @param {string | undefined} lang
 */
function passages(chunks, spans, lang) {
  const marked = new Set();
  const ordered = [...chunks].sort((a, b) => a.ordinal - b.ordinal);
  return h('section', { class: 'doc-section doc-passages', 'aria-labelledby': 'doc-passages-heading' },
    h('h3', { id: 'doc-passages-heading' }, `Passages (${ordered.length})`),
    h('ol', { class: 'passages' }, ordered.map((chunk) => {
      const text = h('p', { class: 'passage-text', lang });
      let at = 0;
      for (const range of garbledRanges(chunk, spans)) {
        text.append(chunk.text.slice(at, range.from));
        // The first mark of a span gets the id the quality report's "Show" button looks for;
        // a span repeated in an overlapping passage is marked again but has one id.
        const first = !marked.has(range.span);
        marked.add(range.span);
        text.append(h('mark', {
          class: 'mojibake', 'data-span': range.span, id: first ? `mojibake-${range.span}` : false, tabindex: first ? '-1' : false,
          title: `Garbled text (span ${range.span + 1})`,
        }, chunk.text.slice(range.from, range.to)), hiddenText(' (garbled)'));
        at = range.to;
      }
      text.append(chunk.text.slice(at));
      return h('li', { class: 'passage', id: `passage-${chunk.chunkId}`, tabindex: '-1' },
        h('h4', {}, `Passage ${chunk.ordinal + 1}`, chunk.section ? h('span', { class: 'passage-section', lang }, ` · ${chunk.section}`) : null),
        text);
    })));
}

/**
 * @param {import('./state.js').PageState} state
 * @param {import('./state.js').FilterField} field
 * @param {string} value
 */
function addFilter(state, field, value) {
  const values = state.filters[field].includes(value) ? state.filters[field] : [...state.filters[field], value];
  return withChanges(state, { filters: { ...state.filters, [field]: values }, document: '' });
}

/** @param {string} type */
function rank(type) {
  const i = ENTITY_ORDER.indexOf(type);
  return i < 0 ? ENTITY_ORDER.length : i;
}

/** Makes invisible repairs (removed control characters, odd spaces) readable. @param {string} text */
function visible(text) {
  if (!text) return h('span', { class: 'note' }, '(nothing)');
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u200b-\u200f\u2028\u2029\u3000\ufeff]/g, (c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} `);
}

/** @param {string | undefined} value */
function dateTime(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : h('time', { datetime: value }, date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }));
}
