// @ts-check
/**
 * The two API calls the page makes. The API's address is worked out from where this script was
 * loaded: the local host serves the page at / with the API at /api/, the Functions app serves it
 * at /api/ui with the API at /api/ itself (its route prefix). So the API is the folder above ui/,
 * plus "api/" unless that folder already is the API's.
 */

const assetsFolder = new URL('./', import.meta.url);
const mountFolder = new URL('../', assetsFolder);

/** Root of the HTTP API, ending in a slash. */
export const apiRoot = mountFolder.pathname.endsWith('/api/') ? mountFolder : new URL('api/', mountFolder);

/** URL of a file that belongs to the page (served beside this script). */
export function assetUrl(/** @type {string} */ name) {
  return new URL(name, assetsFolder);
}

/** An answer other than 2xx, with the problem details the API sent. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string[]>} errors Messages by parameter name (400 only).
   * @param {number | null} retryAfter Seconds, when the API said when to retry.
   */
  constructor(status, message, errors = {}, retryAfter = null) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

/**
 * @typedef {{type: string, text: string, canonical: string}} HitEntity
 * @typedef {{id: string, score: number}} ThemeScore
 * @typedef {{documentId: string, chunkId: string, title: string, section?: string, snippet: string,
 *   score: number, publishedAt?: string, source?: string, path: string, language?: string,
 *   entities?: HitEntity[], themes?: ThemeScore[]}} Hit
 * @typedef {{value: string, count: number}} FacetCount
 * @typedef {{count: number, results: Hit[], facets: Record<string, FacetCount[]>, elapsedMs: number}} SearchResponse
 * @typedef {{start: number, length: number, text: string, confidence: number, evidence: string}} MojibakeSpan
 * @typedef {{start: number, original: string, replacement: string, method: string}} Repair
 * @typedef {{mojibakeSpans?: MojibakeSpan[], repairs?: Repair[], warnings?: string[]}} Quality
 * @typedef {{type: string, canonical: string, surfaces?: string[], count: number, detail?: string}} EntitySummary
 * @typedef {{title: string, titleIsDerived?: boolean, author?: string, editor?: string, contributor?: string,
 *   source?: string, publishedAt?: string, language: string, format: string, encoding?: string,
 *   encodingConfidence?: number, headings?: string[], quality?: Quality, entities?: EntitySummary[],
 *   themes?: ThemeScore[]}} DocumentSummary
 * @typedef {{chunkId: string, ordinal: number, section?: string, start: number, end: number, text: string,
 *   entities?: HitEntity[], themes?: ThemeScore[]}} DocumentChunk
 * @typedef {{documentId: string, path: string, status: string, failureReason?: string, failureMessage?: string,
 *   contentHash: string, pipelineVersion: string, firstSeenAt: string, updatedAt: string,
 *   document?: DocumentSummary, chunks: DocumentChunk[]}} DocumentResponse
 */

/**
 * GET /api/search.
 * @param {URLSearchParams} query
 * @param {string} key Function key for the Functions app, or empty.
 * @param {AbortSignal} signal
 * @returns {Promise<SearchResponse>}
 */
export function search(query, key, signal) {
  const url = new URL('search', apiRoot);
  url.search = query.toString();
  return getJson(url, key, signal);
}

/**
 * GET /api/documents/{documentId}.
 * @param {string} documentId
 * @param {string} key
 * @param {AbortSignal} signal
 * @returns {Promise<DocumentResponse>}
 */
export function getDocument(documentId, key, signal) {
  return getJson(new URL(`documents/${encodeURIComponent(documentId)}`, apiRoot), key, signal);
}

/**
 * @param {URL} url
 * @param {string} key
 * @param {AbortSignal} signal
 */
async function getJson(url, key, signal) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  // Sent as a header rather than in the URL so that it stays out of request logs.
  if (key) headers['x-functions-key'] = key;
  let response;
  try {
    response = await fetch(url, { headers, signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'The search service cannot be reached. Check the connection and try again.');
  }
  if (response.ok) return response.json();

  /** @type {{title?: string, detail?: string, errors?: Record<string, string[]>}} */
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not problem+json (a proxy's error page, say): the status alone has to do.
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  throw new ApiError(
    response.status,
    problem.detail || problem.title || `The service answered ${response.status} ${response.statusText}.`,
    problem.errors ?? {},
    Number.isFinite(retryAfter) ? retryAfter : null);
}
