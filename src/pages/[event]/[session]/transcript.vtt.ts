import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type SessionView } from '../../../data/model.ts';
import { transcriptText } from '../../../data/transcripts.ts';

// Only for self-hosted videos: the player's <track> reads it. A provider's player has its own captions.
export const getStaticPaths = (async () =>
  (await getSite()).sessions
    .filter((session) => session.replay.state === 'available' && session.replay.provider === 'file' && session.replay.transcript)
    .map((session) => ({ params: { event: session.event.id, session: session.slug }, props: { session } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ session: SessionView }> = async ({ props }) =>
  new Response((await transcriptText(props.session))!, { headers: { 'Content-Type': 'text/vtt; charset=utf-8' } });
