import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content/dir.ts';
import { HAS_NOTE_FILES } from './data/note-files.ts';
import { afterContentChecks } from './build/content-gate.ts';
import { loaderPattern } from './lib/content/files.ts';
import { eventSchema, noteSchema, replaysFileSchema, sessionSchema, speakerSchema, topicSchema } from './schema/index.ts';

// Every file and cross-reference is checked by src/build/content-check.ts before a loader
// reads anything (afterContentChecks): Astro's reference() only logs a dangling reference.
const folderName = ({ entry }: { entry: string }) => entry.split('/')[1]!;

export const collections = {
  events: defineCollection({
    loader: afterContentChecks(glob({ pattern: loaderPattern('events'), base: `./${CONTENT_DIR}`, generateId: folderName })),
    schema: eventSchema,
  }),
  replays: defineCollection({
    loader: afterContentChecks(glob({ pattern: loaderPattern('replays'), base: `./${CONTENT_DIR}`, generateId: folderName })),
    schema: replaysFileSchema,
  }),
  sessions: defineCollection({
    loader: afterContentChecks(
      glob({
        pattern: loaderPattern('sessions'),
        base: `./${CONTENT_DIR}`,
        generateId: ({ entry }) => {
          const [, event, , name] = entry.split('/');
          return `${event}/${name!.replace(/\.mdx?$/, '')}`;
        },
      }),
    ),
    schema: sessionSchema,
  }),
  // Further notes on a session (sessions/<slug>/<name>.md): id `<event>/<slug>/<name>`.
  notes: defineCollection({
    // Without any such file, a loader that loads nothing: glob would warn of an empty folder.
    loader: HAS_NOTE_FILES
      ? afterContentChecks(
          glob({
            pattern: loaderPattern('notes'),
            base: `./${CONTENT_DIR}`,
            generateId: ({ entry }) => {
              const [, event, , session, name] = entry.split('/');
              return `${event}/${session}/${name!.replace(/\.mdx?$/, '')}`;
            },
          }),
        )
      : { name: 'carnet-no-notes', load: async () => {} },
    schema: noteSchema,
  }),
  speakers: defineCollection({
    loader: afterContentChecks(
      glob({ pattern: loaderPattern('speakers'), base: `./${CONTENT_DIR}`, generateId: ({ entry }) => entry.replace(/^speakers\/|\.yaml$/g, '') }),
    ),
    // The photo path is checked by the shared schema (scripts too); Astro's image() then hands
    // the page an optimisable image, resolved next to the speaker's file.
    schema: ({ image }) => speakerSchema.extend({ photo: image().optional() }),
  }),
  topics: defineCollection({
    loader: afterContentChecks(file(`./${CONTENT_DIR}/topics.yaml`)),
    schema: topicSchema,
  }),
};
