const repository = 'https://github.com/carnet-notes/carnet';
const branch = 'main';

/** Where the site and its sources live: the one place to change when Carnet is forked. */
export const SITE = {
  /** The public address the site is deployed at (canonical URLs, sitemap). */
  url: 'https://carnet.example.org',
  /** The repository contributors open pull requests against. */
  repository,
  /** The branch "edit this page" links point to. */
  branch,
  /**
   * What others may do with the site: the code is under MIT (LICENSE), the notes and data of
   * content/ under CC BY 4.0 (content/LICENSE), so anyone may reuse them crediting their authors.
   */
  licences: {
    code: { name: 'MIT', spdx: 'MIT', url: `${repository}/blob/${branch}/LICENSE` },
    content: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
} as const;
