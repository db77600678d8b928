// The reader's programme in their browser's storage (the list itself is src/lib/watchlist/list.ts).
import { readStored, storedText, type SessionId } from '../lib/watchlist/list.ts';

const KEY = 'carnet-programme';

export function loadProgramme(): SessionId[] {
  try {
    return readStored(localStorage.getItem(KEY));
  } catch {
    // Storage refused (private browsing, a blocked site): the list is empty and cannot be kept.
    return [];
  }
}

/** Keeps the list; false when the browser refuses to store it. */
export function saveProgramme(list: readonly SessionId[]): boolean {
  try {
    localStorage.setItem(KEY, storedText(list));
    window.dispatchEvent(new CustomEvent('carnet-programme'));
    return true;
  } catch {
    return false;
  }
}

/** Calls `changed` when the list changes, in this tab or another. */
export function onProgrammeChange(changed: () => void): void {
  window.addEventListener('carnet-programme', changed);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) changed();
  });
}
