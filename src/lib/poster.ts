// The replay's poster: the session's card drawn at 16:9 and served from our own origin, so a
// page shows a picture of the talk without asking the video platform for its thumbnail.
import { cardSvg } from './card.ts';

export const POSTER_SIZE = { width: 1280, height: 720 } as const;

/** What a poster shows. */
export interface PosterInput {
  title: string;
  /** The event's short name. */
  event: string;
  /** People on stage, in display order. */
  people: readonly string[];
  /** The event's colours, like #1b2a4a. */
  background: string;
  accent: string;
}

/** Where a session's poster is served, on our own origin. */
export function posterPath(event: string, session: string): string {
  return `/posters/${event}/${session}.webp`;
}

/** The poster as an SVG document, 1280 × 720. */
export function posterSvg(input: PosterInput): string {
  const { event, ...rest } = input;
  return cardSvg({ ...rest, kicker: event, brand: 'Carnet' }, POSTER_SIZE);
}
