import { z } from 'astro/zod';
import { line, MAX_LENGTH, slug } from './common.ts';

/**
 * Where a person worked and what they did at the time of one appearance: a session says it for
 * its people, an event for everyone at it (a session's own word wins). A person's file holds
 * what is true of the person, never a company: people change jobs, the archive must not.
 */
export const affiliationSchema = z
  .strictObject({
    /** Id of the person (a file in content/speakers), who must be on the session or at the event. */
    person: slug('person id'),
    /** Employer or organisation at that time, like "OVHcloud". */
    company: line(MAX_LENGTH.name).optional(),
    /** Job title at that time, like "DevRel". */
    role: line(MAX_LENGTH.name).optional(),
  })
  .refine((entry) => entry.company !== undefined || entry.role !== undefined, 'needs a company, a role, or both');

/** The affiliations of a session or an event, one per person. */
export const affiliationsSchema = z.array(affiliationSchema).default([]);

export type Affiliation = z.infer<typeof affiliationSchema>;

/**
 * A field a person's file no longer takes, with where it goes now: refused with that message
 * rather than "unknown field", so that a contributor who copies an old file knows what to do.
 */
export const movedToAppearance = (field: 'company' | 'role') =>
  z
    .unknown()
    .refine(
      (value) => value === undefined,
      `is no longer part of a person's file: a ${field} is true of one appearance, so write it in the session's (or the event's) affiliations, like "affiliations: [{ person: aurelie-vache, ${field}: … }]" (see content/speakers/README.md)`,
    )
    .optional();
