// schema.org VideoObject for a session's replay, with a Clip per chapter, so search engines
// can link to the moment a chapter starts.
import { embedUrl, watchUrl, type Video } from './embed.ts';

export interface VideoObjectInput {
  video: Video;
  /** Where the session starts in the video, in seconds. */
  start: number;
  title: string;
  description: string;
  /** Absolute URL of our poster; unknown while the site's public address is. */
  thumbnailUrl?: string | undefined;
  language: string;
  durationSeconds?: number | undefined;
  chapters: readonly { at: number; label: string }[];
  event: { name: string; startDate: string; endDate: string; place: string };
}

/** A duration as ISO 8601, like PT1H2M3S. */
export function isoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** The VideoObject. Its upload date is not known to us, so it is left out rather than guessed. */
export function videoObject(input: VideoObjectInput): Record<string, unknown> {
  const { video, chapters, durationSeconds } = input;
  const file = video.provider === 'file';
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: input.title,
    description: input.description,
    ...(input.thumbnailUrl ? { thumbnailUrl: input.thumbnailUrl } : {}),
    inLanguage: input.language,
    url: watchUrl(video, input.start),
    ...(file ? { contentUrl: video.id } : { embedUrl: embedUrl(video, input.start, { autoplay: false }) }),
    ...(durationSeconds ? { duration: isoDuration(durationSeconds) } : {}),
    recordedAt: {
      '@type': 'Event',
      name: input.event.name,
      startDate: input.event.startDate,
      endDate: input.event.endDate,
      location: { '@type': 'Place', name: input.event.place },
    },
    ...(chapters.length
      ? {
          hasPart: chapters.map((chapter, i) => {
            const end = chapters[i + 1]?.at ?? durationSeconds;
            return {
              '@type': 'Clip',
              name: chapter.label,
              startOffset: chapter.at,
              ...(end !== undefined ? { endOffset: end } : {}),
              url: watchUrl(video, chapter.at),
            };
          }),
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
