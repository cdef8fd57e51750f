// @ts-check
/**
 * Builds DOM from trusted structure and untrusted text. Text always goes in as text nodes;
 * there is deliberately no way to pass HTML, and event handlers are attached with
 * addEventListener, never as attributes.
 */

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * Creates an element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attributes]
 *   Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` sets it empty.
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (/^on/i.test(name)) {
      throw new Error(`Event handler attributes are not allowed (${name}); use addEventListener.`);
    }
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/**
 * Appends children (nested arrays allowed); strings become text nodes.
 * @param {Node} parent
 * @param {(Child | Child[])[]} children
 */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? /** @type {Node} */ (child) : document.createTextNode(String(child)));
  }
}

/**
 * Replaces all children of an element.
 * @param {Element} parent
 * @param {...(Child | Child[])} children
 */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Text that screen readers announce but the eye does not see.
 * @param {string} text
 */
export function hiddenText(text) {
  return h('span', { class: 'visually-hidden' }, text);
}
