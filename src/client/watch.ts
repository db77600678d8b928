// The stars of "Mon programme" (src/components/WatchButton.astro). A button stays hidden until
// this runs: without JavaScript there is no list to add to, so no star.
import { isSessionId, toggled } from '../lib/watchlist/list.ts';
import { loadProgramme, onProgrammeChange, saveProgramme } from './programme-store.ts';

function sync(button: HTMLButtonElement, list: readonly string[]): void {
  const pressed = list.includes(button.dataset.watch ?? '');
  button.setAttribute('aria-pressed', String(pressed));
  const label = pressed ? button.dataset.remove : button.dataset.add;
  const text = button.querySelector('.visually-hidden');
  if (label && text) text.textContent = label;
  button.title = label ?? '';
}

/** Shows and wires the stars under `root` (the search page calls it for the results it draws). */
export function attachWatchButtons(root: ParentNode = document): void {
  const list = loadProgramme();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-watch]')) {
    const id = button.dataset.watch ?? '';
    if (!isSessionId(id) || button.dataset.wired) continue;
    button.dataset.wired = '';
    button.hidden = false;
    sync(button, list);
    button.addEventListener('click', () => {
      saveProgramme(toggled(loadProgramme(), id));
    });
  }
}

function syncAll(): void {
  const list = loadProgramme();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-watch][data-wired]')) sync(button, list);
}

attachWatchButtons();
onProgrammeChange(syncAll);
