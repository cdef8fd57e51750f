// @ts-check
/**
 * Places the quality report's garbled spans inside passages. Span offsets and passage start/end
 * are offsets into the same normalized text, so a span that overlaps a passage is the slice
 * [max(start, passage.start) - passage.start, min(end, passage.end) - passage.start).
 */

/**
 * @typedef {{start: number, length: number, text: string}} Span
 * @typedef {{from: number, to: number, span: number}} Range A slice of the passage text and the index of its span.
 */

/**
 * Slices of a passage's text that are garbled, in order, without overlaps.
 * @param {{start: number, end: number, text: string}} passage
 * @param {Span[]} spans
 * @returns {Range[]}
 */
export function garbledRanges(passage, spans) {
  /** @type {Range[]} */
  const ranges = [];
  spans.forEach((span, index) => {
    const spanEnd = span.start + span.length;
    if (span.length <= 0 || spanEnd <= passage.start || span.start >= passage.end) return;
    const absoluteFrom = Math.max(span.start, passage.start);
    const absoluteTo = Math.min(spanEnd, passage.end);
    let from = absoluteFrom - passage.start;
    let to = absoluteTo - passage.start;
    // Offsets should line up; if the passage text was trimmed differently, find the garbled
    // text itself rather than marking the wrong characters.
    const expected = span.text ? span.text.slice(absoluteFrom - span.start, absoluteTo - span.start) : '';
    if (expected && passage.text.slice(from, to) !== expected) {
      const found = passage.text.indexOf(expected);
      if (found < 0) return;
      from = found;
      to = found + expected.length;
    }
    from = Math.max(0, Math.min(from, passage.text.length));
    to = Math.max(from, Math.min(to, passage.text.length));
    if (to > from) ranges.push({ from, to, span: index });
  });
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  /** @type {Range[]} */
  const disjoint = [];
  for (const range of ranges) {
    const last = disjoint[disjoint.length - 1];
    if (last && range.from < last.to) {
      if (range.to > last.to) disjoint.push({ from: last.to, to: range.to, span: range.span });
    } else {
      disjoint.push(range);
    }
  }
  return disjoint;
}
