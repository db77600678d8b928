import { addOnce, chooseZone, emptySchedule, ImportError, jsonPath, parseInstant, text, type ImportedSchedule, type ReadOptions } from './model.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

// Sessionize names languages in English in its "Language" category.
const LANGUAGES: Record<string, string> = {
  english: 'en',
  french: 'fr',
  français: 'fr',
  german: 'de',
  spanish: 'es',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  polish: 'pl',
  russian: 'ru',
  arabic: 'ar',
  chinese: 'zh',
  japanese: 'ja',
};

/** Which Sessionize view a JSON value is, or undefined when it is none of them. */
export function sessionizeView(data: unknown): 'All' | 'GridSmart' | 'Sessions' | 'Speakers' | undefined {
  if (isObject(data)) return Array.isArray(data['sessions']) && Array.isArray(data['speakers']) ? 'All' : undefined;
  const first = Array.isArray(data) ? data.find(isObject) : undefined;
  if (!first) return undefined;
  if ('rooms' in first && 'date' in first) return 'GridSmart';
  if ('groupName' in first && Array.isArray(first['sessions'])) return 'Sessions';
  if ('firstName' in first || 'fullName' in first) return 'Speakers';
  return undefined;
}

/**
 * Reads Sessionize's API output: the "All" view (sessions, speakers, rooms, categories), and
 * the "GridSmart" and "Sessions" views, which carry sessions with their speakers' names. The
 * "Session format", "Track" and "Language" categories give kind, track and language. Service
 * sessions (breaks, meals) are left out and listed. Sessionize gives no time zone.
 */
export function readSessionize(data: unknown, options: ReadOptions): ImportedSchedule {
  const view = sessionizeView(data);
  if (view === 'Speakers' || view === undefined) {
    throw new ImportError(options.file, '', 'is a Sessionize list of speakers without sessions: export the "All" view (…/api/v2/<id>/view/All)');
  }
  const result = emptySchedule('sessionize');
  const zone = chooseZone(undefined, options, '(whole file)', result.warnings);
  result.timeZone = zone;

  const rooms = new Map<string, string>();
  const categoryItems = new Map<string, { category: string; name: string }>();
  let sessions: { session: Json; where: string }[] = [];
  if (view === 'All') {
    const all = data as Json;
    objects(all['rooms']).forEach((room) => {
      const name = text(room['name']);
      if (name) rooms.set(String(room['id']), name);
      addOnce(result.rooms, name);
    });
    for (const category of objects(all['categories'])) {
      for (const item of objects(category['items']))
        categoryItems.set(String(item['id']), { category: String(category['title'] ?? ''), name: String(item['name'] ?? '') });
    }
    objects(all['speakers']).forEach((speaker) => {
      const key = text(speaker['id']);
      const name = text(speaker['fullName']) ?? [text(speaker['firstName']), text(speaker['lastName'])].filter(Boolean).join(' ');
      if (!key || !name) return;
      const links = objects(speaker['links'])
        .map((link) => text(link['url']))
        .filter((url): url is string => !!url);
      result.people.set(key, { key, name, bio: text(speaker['bio']), role: text(speaker['tagLine']), links });
    });
    sessions = objects(all['sessions']).map((session, i) => ({ session, where: jsonPath('sessions', i) }));
  } else if (view === 'GridSmart') {
    (data as unknown[]).forEach((day, d) =>
      objects(isObject(day) ? day['rooms'] : []).forEach((room, r) =>
        objects(room['sessions']).forEach((session, i) => sessions.push({ session, where: jsonPath(d, 'rooms', r, 'sessions', i) })),
      ),
    );
  } else {
    (data as unknown[]).forEach((group, g) =>
      objects(isObject(group) ? group['sessions'] : []).forEach((session, i) => sessions.push({ session, where: jsonPath(g, 'sessions', i) })),
    );
  }
  // A session shows up in every group it belongs to: keep the first.
  const seen = new Set<string>();
  sessions = sessions.filter(({ session }) => {
    const id = String(session['id']);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });

  for (const { session, where } of sessions) {
    const title = text(session['title']);
    if (!title) throw new ImportError(options.file, `${where}.title`, 'is missing: every session needs a title');
    if (session['isServiceSession'] === true) {
      result.left.push({ title, where, reason: 'a service session (break, meal), not a talk' });
      // With its times, it is one of the event's breaks.
      const from = parseInstant(session['startsAt'], zone, `${where}.startsAt`, result.warnings);
      const to = parseInstant(session['endsAt'], zone, `${where}.endsAt`, result.warnings);
      if (from && to && to > from)
        (result.breaks ??= []).push({ label: title, start: from, durationMinutes: Math.round((to.getTime() - from.getTime()) / 60_000), where });
      continue;
    }
    const id = text(session['id']) ?? where;
    const start = parseInstant(session['startsAt'], zone, `${where}.startsAt`, result.warnings);
    const end = parseInstant(session['endsAt'], zone, `${where}.endsAt`, result.warnings);
    const room = text(session['room']) ?? (session['roomId'] != null ? rooms.get(String(session['roomId'])) : undefined);
    addOnce(result.rooms, room);

    // Categories: ids in the All view, objects with names in the others.
    const chosen: { category: string; name: string }[] = [];
    for (const item of Array.isArray(session['categoryItems']) ? session['categoryItems'] : []) {
      const found = categoryItems.get(String(item));
      if (found) chosen.push(found);
    }
    for (const category of objects(session['categories'])) {
      for (const item of objects(category['categoryItems'])) chosen.push({ category: String(category['name'] ?? ''), name: String(item['name'] ?? '') });
    }
    const pick = (pattern: RegExp) => chosen.find((item) => pattern.test(item.category))?.name;
    const track = pick(/track|theme|parcours/i);
    addOnce(result.tracks, track);
    const languageName = pick(/lang/i);

    const people: string[] = [];
    for (const speaker of Array.isArray(session['speakers']) ? session['speakers'] : []) {
      const key = isObject(speaker) ? text(speaker['id']) : text(speaker);
      if (!key) continue;
      if (!result.people.has(key)) {
        const name = isObject(speaker) ? text(speaker['name']) : undefined;
        if (!name) {
          result.warnings.push({ where: `${where}.speakers`, message: `speaker "${key}" is not in the file's speakers: left out` });
          continue;
        }
        result.people.set(key, { key, name, links: [] });
      }
      if (!people.includes(key)) people.push(key);
    }
    result.sessions.push({
      key: id,
      code: /^[A-Za-z0-9_-]+$/.test(id) ? id : undefined,
      title,
      type: pick(/format|type/i),
      start,
      durationMinutes: start && end && end > start ? Math.round((end.getTime() - start.getTime()) / 60_000) : undefined,
      room,
      track,
      language: languageName ? (LANGUAGES[languageName.toLowerCase()] ?? languageName) : undefined,
      abstract: text(session['description']),
      people,
      where,
    });
  }
  return result;
}
