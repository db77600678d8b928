import { defineCollection } from 'astro:content';
import { HAS_NOTE_FILES } from './data/note-files.ts';
import { contentLoader } from './build/content-loader.ts';
import { eventSchema, noteSchema, replaysFileSchema, sessionSchema, speakerSchema, topicSchema, transcriptSchema } from './schema/index.ts';

// Every collection is fed the files as the content checks read them (src/build/content-loader.ts):
// each file is read and parsed once, and checked with its cross-references before anything is
// loaded (Astro's reference() would only log a dangling one). Ids and places: src/lib/content/files.ts.
export const collections = {
  events: defineCollection({ loader: contentLoader('events'), schema: eventSchema }),
  replays: defineCollection({ loader: contentLoader('replays'), schema: replaysFileSchema }),
  sessions: defineCollection({ loader: contentLoader('sessions'), schema: sessionSchema }),
  // Further notes on a session (sessions/<slug>/<name>.md): id `<event>/<slug>/<name>`.
  notes: defineCollection({
    // Without any such file, a loader that loads nothing: getCollection would warn of an empty collection.
    loader: HAS_NOTE_FILES ? contentLoader('notes') : { name: 'carnet-no-notes', load: async () => {} },
    schema: noteSchema,
  }),
  speakers: defineCollection({
    loader: contentLoader('speakers'),
    // The photo path is checked by the shared schema (scripts too); Astro's image() then hands
    // the page an optimisable image, resolved next to the speaker's file.
    schema: ({ image }) => speakerSchema.extend({ photo: image().optional() }),
  }),
  topics: defineCollection({ loader: contentLoader('topics'), schema: topicSchema }),
  // WebVTT transcripts, id `<event>/transcripts/<name>.vtt`: their text for the captions file, their cues as the checks parsed them.
  transcripts: defineCollection({ loader: contentLoader('transcripts'), schema: transcriptSchema }),
};
