import type { ImportedSchedule, ImportedSession } from './model.ts';

// Words programmes use for a break or a meal, in English and French. Whole words only:
// "Breaking Thunderbolt 3 Security" is a talk.
const BREAK_WORDS = /(?<!\p{L})(break|coffee|lunch|meal|breakfast|dinner|snack|pause|café|déjeuner|dejeuner|petit-déjeuner|dîner|repas|goûter)(?!\p{L})/iu;

/**
 * A break or a meal rather than a talk: its type says so ("Break", "Lunch"), or its title does
 * and nobody is on stage (a talk called "Coffee with Java" has speakers).
 */
export function isBreak(session: Pick<ImportedSession, 'type' | 'title' | 'people'>): boolean {
  if (session.type && BREAK_WORDS.test(session.type)) return true;
  return session.people.length === 0 && BREAK_WORDS.test(session.title);
}

/**
 * Takes breaks and meals out of the sessions: those with a time become the event's breaks
 * (its `breaks` in event.yaml), and every one is listed in `left` as not imported as a note.
 */
export function separateBreaks(schedule: ImportedSchedule): ImportedSchedule {
  const breaks = [...(schedule.breaks ?? [])];
  const left = [...schedule.left];
  const sessions = schedule.sessions.filter((session) => {
    if (!isBreak(session)) return true;
    if (session.start && session.durationMinutes)
      breaks.push({ label: session.title, start: session.start, durationMinutes: session.durationMinutes, where: session.where });
    left.push({
      title: session.title,
      where: session.where,
      reason: session.start && session.durationMinutes ? 'a break or meal: written as a break of the event' : 'a break or meal without a time: left out',
    });
    return false;
  });
  return { ...schedule, sessions, breaks, left };
}
