/** Query parameters that only track the click, never select content. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ocid|cmpid|at_medium|at_campaign|at_custom\d*|xtor|ns_source|ns_mchannel|ns_campaign|ito|smid|spm)$/i,
];

/**
 * The form of a URL used as an article's identity: lower-case scheme and host, no default
 * port, no fragment, no tracking parameters, remaining parameters sorted, no trailing `?`.
 * Null for anything that is not an absolute http(s) URL.
 */
export function canonicaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const kept = [...url.searchParams.entries()].filter(([k]) => !TRACKING.some((re) => re.test(k)));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  // The URL parser already lower-cases scheme/host, drops default ports and resolves dot segments.
  return url.toString();
}

/**
 * A page's rel=canonical is trusted only on the same site (registrable host match, ignoring
 * `www.`/`m.`/`amp.`), so a hostile page cannot claim another outlet's article identity.
 */
export function acceptCanonical(pageUrl: string, canonical: string | null): string | null {
  if (!canonical) return null;
  const resolved = canonicaliseUrl(canonical, pageUrl);
  if (!resolved) return null;
  const strip = (h: string) => h.replace(/^(www|m|amp|mobile)\./, '');
  return strip(new URL(resolved).hostname) === strip(new URL(pageUrl).hostname) ? resolved : null;
}
