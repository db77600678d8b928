// The URL a page goes into the search index under. The index is fed two ways (pages as Astro
// renders them, and HTML files read back from a built dist/), and both must name a page alike,
// or a page would be indexed twice or a result would link nowhere.

/** The URL of a built HTML file, from its path under dist/: "a/b/index.html" is "/a/b/", "404.html" is "/404.html". */
export function pageUrlOfFile(path: string): string {
  return `/${path}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file, under dist/, Astro writes a page to with `build.format: 'directory'`, from the
 * pathname of the request it renders the page for: "/a/b/" is "a/b/index.html", the site root is
 * "index.html", and the error pages keep their name ("/404/" is "404.html", as Astro writes them).
 * The pathname is percent-encoded (it comes from a URL); file names are not.
 */
export function builtFileOfPage(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\/+|\/+$/g, '');
  if (path === '') return 'index.html';
  if (path === '404' || path === '500') return `${path}.html`;
  return `${path}/index.html`;
}

/**
 * Whether a page (by its URL in the index, "/en/speakers/") goes into the search index: only the
 * default language's pages do. Every page exists in each interface language with the same
 * content; indexing one version keeps one result per note, and the search page links each
 * result to the reader's language (`resultHref`).
 */
export function isIndexedPage(url: string, otherLanguages: readonly string[]): boolean {
  const first = url.split('/')[1] ?? '';
  return !otherLanguages.includes(first);
}
