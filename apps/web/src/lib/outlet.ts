// Which name a source is shown under. Articles dropped in as JSON files usually carry no outlet
// name, but their URL's host says where they come from; the article id is the last resort.

/** The URL's host without a leading "www.", or null when the URL is missing or not http(s). */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

export function outletLabel(outlet: string | null | undefined, url: string | null | undefined, articleId: string): string {
  return outlet || urlHost(url) || articleId;
}
