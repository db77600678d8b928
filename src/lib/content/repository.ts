import { SITE } from '../../site.ts';

/** Where a file of the repository is edited on the forge, for "edit this page" links. */
export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The list of changes to a file on the forge. */
export function historyUrl(file: string): string {
  return `${SITE.repository}/commits/${SITE.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The contributing guide on the forge, for "how to write a note" links. */
export function contributingUrl(): string {
  return `${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md`;
}
