import { z } from 'astro/zod';
import { line, localized, MAX_LENGTH, paragraph, slug } from './common.ts';

/** One entry of the topic vocabulary (`content/topics.yaml`). */
export const topicSchema = z.strictObject({
  /** Stable id, used in session front matter and in the URL `/topics/<id>/`. */
  id: slug('topic id'),
  /** The topic's name, in French and English. */
  label: localized(line, MAX_LENGTH.name),
  /** One sentence saying what the topic covers. */
  description: localized(paragraph, MAX_LENGTH.summary).optional(),
});

export type Topic = z.infer<typeof topicSchema>;

/** The whole vocabulary file: a list of topics. */
export const topicsFileSchema = z.array(topicSchema);
