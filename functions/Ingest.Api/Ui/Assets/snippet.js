// @ts-check
/**
 * Renders search snippets. The API sends HTML in which its own <em> tags are the only markup and
 * everything else is escaped text. Rather than trusting that with innerHTML, the snippet is
 * parsed by hand: split on the literal <em> and </em> tokens, decode the entities in the text
 * between them, and build text nodes and <em> elements. Any markup that was in the article
 * arrives escaped and therefore ends up as visible text.
 */

const NAMED = /** @type {Record<string, string>} */ ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" });

/**
 * Decodes the entities an HTML escaper produces: &lt; &gt; &amp; &quot; &apos; and numeric
 * references. One pass, so "&amp;lt;" becomes the text "&lt;" and not "<". Anything else is kept
 * as written.
 * @param {string} text
 * @returns {string}
 */
export function decodeEntities(text) {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (whole, decimal, hex, name) => {
    if (name) return NAMED[name];
    const code = decimal ? parseInt(decimal, 10) : parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/**
 * Builds a snippet as a fragment of text nodes and <em> elements.
 * @param {string} snippet HTML from the API: matches in <em>, the rest escaped.
 * @returns {DocumentFragment}
 */
export function renderSnippet(snippet) {
  const fragment = document.createDocumentFragment();
  /** @type {Node} */
  let target = fragment;
  for (const part of String(snippet ?? '').split(/(<em>|<\/em>)/)) {
    if (part === '<em>') {
      // Highlights do not nest; a stray second <em> is ignored rather than shown.
      if (target === fragment) target = fragment.appendChild(document.createElement('em'));
    } else if (part === '</em>') {
      target = fragment;
    } else if (part) {
      target.appendChild(document.createTextNode(decodeEntities(part)));
    }
  }
  return fragment;
}
