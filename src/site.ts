/** Where the site and its sources live: the one place to change when Carnet is forked. */
export const SITE = {
  /** The public address the site is deployed at (canonical URLs, sitemap). */
  url: 'https://carnet.example.org',
  /** The repository contributors open pull requests against. */
  repository: 'https://github.com/carnet-notes/carnet',
  /** The branch "edit this page" links point to. */
  branch: 'main',
} as const;
