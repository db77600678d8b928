// Which social cards the site has and what each one shows: one per event, one per session.
// Built from checked content rather than Astro's collections, so the build can start drawing
// cards before Astro renders its first page (see src/build/social-cards.ts).
import type { Content } from '../content/check.ts';
import type { CardInput } from './layout.ts';
import { formatDayRange } from '../time/dates.ts';
import { listedName } from '../people/names.ts';
import { plainTextIn } from '../content/plain-text.ts';

/** Where an event's card is served. */
export const eventCardPath = (event: string) => `/cards/${event}.png`;

/** Where a session's card is served; it is also the poster of the session's replay. */
export const sessionCardPath = (event: string, session: string) => `/cards/${event}/${session}.png`;

/** One card to draw: the path it is served at and what it shows. */
export interface CardJob {
  path: string;
  input: CardInput;
}

/** Every card of the site, events first. `brand` is the site's name, `locale` formats the dates. */
export function siteCards(content: Content, { brand, locale }: { brand: string; locale: string }): CardJob[] {
  // A card is shared far beyond the site: it names only listed people.
  const names = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const person = content.speakers.get(id);
      const name = person ? listedName(person) : id;
      return name === undefined ? [] : [name];
    });
  const jobs: CardJob[] = [];
  for (const [id, event] of content.events) {
    jobs.push({
      path: eventCardPath(id),
      input: plainTextIn({
        title: event.name,
        kicker: `${formatDayRange(event.startDate, event.endDate, locale)} · ${event.venue.city}`,
        people: names(event.organisers),
        ...event.colours,
        brand,
      }),
    });
  }
  for (const session of content.sessions.values()) {
    const event = content.events.get(session.event);
    if (!event) continue;
    jobs.push({
      path: sessionCardPath(session.event, session.slug),
      // A control character would be drawn as a box (the font has no glyph for it).
      input: plainTextIn({
        title: session.data.title,
        kicker: event.name,
        people: names(session.data.people.map((person) => person.id)),
        ...event.colours,
        brand,
      }),
    });
  }
  return jobs;
}
