// @ts-check
/**
 * Display names: filter fields, theme ids (from themes.json, built from the running taxonomy) and
 * language codes.
 */
import { assetUrl } from './api.js';

/** Facet headings, plural. */
export const FIELD_HEADINGS = /** @type {Record<string, string>} */ ({
  theme: 'Themes', place: 'Places', person: 'People', organization: 'Organizations', work: 'Works',
  language: 'Languages', source: 'Sources',
});

/** Chip prefixes, singular. */
export const FIELD_NAMES = /** @type {Record<string, string>} */ ({
  theme: 'Theme', place: 'Place', person: 'Person', organization: 'Organization', work: 'Work',
  language: 'Language', source: 'Source', event: 'Event', date: 'Date',
});

/** @type {Record<string, Record<string, string>>} */
let themeLabels = {};

/** The label language that suits the reader: Traditional, Simplified or English. */
const labelLanguage = (() => {
  const preferred = (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(preferred)) return 'zh-Hant';
  return preferred.startsWith('zh') ? 'zh-Hans' : 'en';
})();

/** Loads theme names once; without them the page shows theme ids, which still work. */
export async function loadThemeLabels() {
  try {
    const response = await fetch(assetUrl('themes.json'), { headers: { Accept: 'application/json' } });
    if (response.ok) themeLabels = await response.json();
  } catch {
    // Offline or blocked: ids are an acceptable fallback.
  }
}

/** @param {string} id */
export function themeLabel(id) {
  return themeLabels[id]?.[labelLanguage] ?? id;
}

/**
 * How a filter value reads on the page.
 * @param {string} field
 * @param {string} value
 */
export function valueLabel(field, value) {
  if (field === 'theme') return themeLabel(value);
  if (field === 'language') return languageName(value);
  return value;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** @param {string | undefined} code */
export function languageName(code) {
  if (!code) return '';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The lang attribute for article text, so that browsers pick Traditional or Simplified glyphs and
 * the right line breaking; undefined (no attribute) when the code is not a plain BCP 47 tag.
 * @param {string | undefined} code
 */
export function langAttribute(code) {
  return code && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(code) ? code : undefined;
}

/**
 * @param {number} count
 * @param {string} singular
 * @param {string} plural
 */
export function plural(count, singular, plural) {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/**
 * "zh" for a value written in Han characters (entity names, theme labels), so that screen readers
 * switch voice and browsers pick CJK glyphs; undefined for Latin names such as Brussels.
 * @param {string} text
 */
export function textLang(text) {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? 'zh' : undefined;
}
