// The "/" shortcut is a single character key: WCAG 2.1.4 asks that readers can turn it off
// (speech input users type it by accident). The choice lives in the browser only.
const KEY = 'carnet-search-shortcut';

/** True unless the reader turned the "/" shortcut off on the search page. */
export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Remembers the reader's choice; private browsing may refuse, and the choice then lasts the page. */
export function setShortcutEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Nothing to do: see above.
  }
}
