// Track filter of the schedule: toggle buttons that hide the cards of other tracks in place.
// Without JavaScript the legend's links lead to each track's own page instead.

class TrackFilter extends HTMLElement {
  #chosen = new Set<string>();

  connectedCallback(): void {
    const buttons = this.querySelector<HTMLElement>('[data-buttons]');
    const links = this.querySelector<HTMLElement>('[data-links]');
    if (!buttons || !links) return;
    links.hidden = true;
    buttons.hidden = false;
    buttons.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      if (button.hasAttribute('data-reset')) this.#chosen.clear();
      else {
        const track = button.dataset['track']!;
        if (!this.#chosen.delete(track)) this.#chosen.add(track);
      }
      this.#apply();
    });
  }

  #apply(): void {
    const all = this.#chosen.size === 0;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-track]')) {
      button.setAttribute('aria-pressed', String(this.#chosen.has(button.dataset['track']!)));
    }
    this.querySelector<HTMLElement>('[data-reset]')!.hidden = all;
    for (const card of this.querySelectorAll<HTMLElement>('.session')) {
      card.hidden = !all && !this.#chosen.has(card.dataset['track'] ?? '');
    }
    // A time slot whose every card is hidden goes too, heading included.
    for (const slot of this.querySelectorAll<HTMLElement>('.slot')) {
      slot.hidden = !all && slot.querySelector('.session:not([hidden])') === null;
    }
  }
}

customElements.define('track-filter', TrackFilter);
