import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, roomOf, type EventView } from '../../data/model.ts';
import { vtimezone } from '../../lib/export/ical.ts';
import { programmeEvent } from '../../lib/watchlist/data.ts';

export const getStaticPaths = (async () =>
  (await getSite()).events.map((event) => ({ params: { event: event.id }, props: { event } }))) satisfies GetStaticPaths;

/** What the programme page needs of the event's sessions (src/lib/watchlist/data.ts). */
export const GET: APIRoute<{ event: EventView }> = async ({ props: { event } }) => {
  const { speakers } = await getSite();
  const source = {
    ...event,
    sessions: event.sessions.map((session) => ({
      ...session,
      room: roomOf(session),
      // As the schedule names them: an unlisted person by the name their file allows, or not at all.
      people: session.data.people.map((person) => speakers.get(person.id)?.name).filter((name): name is string => Boolean(name)),
    })),
  };
  return new Response(JSON.stringify(programmeEvent(source, vtimezone(event.data.timeZone))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
