import { describe, expect, it } from 'vitest';
import {
  breakInterval,
  buildSchedule,
  DRAWN_BREAK_MINUTES,
  MIN_BREAK_MINUTES,
  PX_PER_MINUTE,
  type Schedulable,
} from '../../../../src/lib/schedule/timetable.ts';

const at = (day: string, time: string) => new Date(`2026-06-${day}T${time}:00+02:00`);
const session = (id: string, day: string, time: string, durationMinutes: number, room: string, kind: Schedulable['kind'] = 'talk'): Schedulable => ({
  id,
  title: id,
  kind,
  start: at(day, time),
  durationMinutes,
  room,
});
const rooms = ['a', 'b'];
const zone = 'Europe/Paris';

describe('the timetable layout', () => {
  it('draws a fixed number of pixels per minute, enough for a legible 10-minute lightning talk', () => {
    expect(PX_PER_MINUTE * 10).toBeGreaterThanOrEqual(70);
    const [day] = buildSchedule([session('l', '02', '10:00', 10, 'a', 'lightning'), session('t', '02', '10:00', 45, 'b')], rooms, zone)!.days;
    const [l, t] = day!.sessions;
    expect(t!.height / l!.height).toBe(4.5);
  });

  it('marks a session that runs alone as plenary, to be drawn across every room', () => {
    const [day] = buildSchedule(
      [session('keynote', '02', '09:00', 60, 'a', 'keynote'), session('x', '02', '10:00', 30, 'a'), session('y', '02', '10:15', 30, 'b')],
      rooms,
      zone,
    )!.days;
    expect(day!.sessions.map((s) => [s.session.id, s.plenary])).toEqual([
      ['keynote', true],
      ['x', false],
      ['y', false],
    ]);
    // A one-room event has no other room to span.
    expect(buildSchedule([session('solo', '02', '09:00', 60, 'a')], ['a'], zone)!.days[0]!.sessions[0]!.plenary).toBe(false);
  });

  it('groups sessions starting together into one slot, slots in time order', () => {
    const [day] = buildSchedule(
      [session('late', '02', '11:00', 30, 'a'), session('x', '02', '10:00', 30, 'b'), session('y', '02', '10:00', 45, 'a')],
      rooms,
      zone,
    )!.days;
    const slots = day!.rows.flatMap((row) => (row.type === 'slot' ? [row.slot] : []));
    expect(slots.map((slot) => [slot.time, slot.sessions.map((s) => s.session.id)])).toEqual([
      ['10:00', ['y', 'x']],
      ['11:00', ['late']],
    ]);
  });

  it('splits a multi-day event into one day each, by the local calendar day', () => {
    const schedule = buildSchedule(
      [session('d3', '04', '09:00', 30, 'a'), session('d1', '02', '09:00', 30, 'a'), session('d2', '03', '23:30', 20, 'b')],
      rooms,
      zone,
    )!;
    expect(schedule.days.map((day) => [day.day, day.sessions.map((s) => s.session.id)])).toEqual([
      ['2026-06-02', ['d1']],
      ['2026-06-03', ['d2']],
      ['2026-06-04', ['d3']],
    ]);
    // Each day starts at its own first full hour.
    expect(schedule.days[1]!.sessions[0]!.top).toBe(30);
    expect(schedule.days[1]!.hours[0]).toEqual({ time: '23:00', top: 0 });
  });

  it('finds gaps with no session in any room as breaks, and only long enough ones', () => {
    const [day] = buildSchedule(
      [
        session('a1', '02', '09:00', 60, 'a'),
        session('b1', '02', '09:00', 50, 'b'),
        // 10:00-10:05: a changeover, too short for a break.
        session('a2', '02', '10:05', 25, 'a'),
        // 10:30-10:45: a break.
        session('a3', '02', '10:45', 30, 'a'),
      ],
      rooms,
      zone,
    )!.days;
    expect(day!.breaks.map((b) => [b.from, b.to, b.label, b.meal])).toEqual([['10:30', '10:45', undefined, false]]);
    expect(MIN_BREAK_MINUTES).toBe(15);
    expect(day!.rows.map((row) => (row.type === 'slot' ? row.slot.time : `break ${row.break.from}`))).toEqual(['09:00', '10:05', 'break 10:30', '10:45']);
  });

  it('calls a long gap around midday lunch, and draws it shorter than its length', () => {
    const [day] = buildSchedule([session('m', '02', '11:00', 70, 'a'), session('n', '02', '13:30', 30, 'a')], rooms, zone)!.days;
    const [lunch] = day!.breaks;
    expect(lunch).toMatchObject({ from: '12:10', to: '13:30', meal: true, top: 70, height: DRAWN_BREAK_MINUTES });
    // The session after it moves up by what the break lost; its own height stays true.
    expect(day!.sessions[1]).toMatchObject({ top: 70 + DRAWN_BREAK_MINUTES, height: 30 });
    // No hour line falls inside the squeezed break.
    expect(day!.hours.map((h) => h.time)).toEqual(['11:00', '12:00', '14:00']);
    expect(day!.height).toBe(70 + DRAWN_BREAK_MINUTES + 30);
  });

  it('names a gap with the organisers’ break, at the break’s own times', () => {
    const named = [breakInterval({ label: 'Pause café', start: at('02', '10:20'), durationMinutes: 25 })];
    const [day] = buildSchedule([session('a', '02', '09:30', 50, 'a'), session('b', '02', '10:45', 30, 'b')], rooms, zone, named)!.days;
    expect(day!.breaks).toHaveLength(1);
    expect(day!.breaks[0]).toMatchObject({ label: 'Pause café', from: '10:20', to: '10:45', meal: false });
  });

  it('keeps a named break that sessions run through at its true height, under them', () => {
    const named = [breakInterval({ label: 'Déjeuner', start: at('02', '12:00'), end: at('02', '13:30') })];
    const [day] = buildSchedule([session('w', '02', '11:00', 180, 'a'), session('t', '02', '13:30', 30, 'b')], rooms, zone, named)!.days;
    expect(day!.breaks[0]).toMatchObject({ label: 'Déjeuner', top: 60, height: 90 });
    expect(day!.sessions[0]).toMatchObject({ top: 0, height: 180 });
  });

  it('puts a named break on its own day only', () => {
    const named = [breakInterval({ label: 'Dîner', start: at('03', '19:00'), durationMinutes: 90 })];
    const schedule = buildSchedule([session('a', '02', '09:00', 30, 'a'), session('b', '03', '18:00', 30, 'a')], rooms, zone, named)!;
    expect(schedule.days[0]!.breaks).toEqual([]);
    expect(schedule.days[1]!.breaks.map((b) => b.label)).toEqual(['Dîner']);
  });

  it('leaves out sessions without a time, a length or a known room', () => {
    const schedule = buildSchedule(
      [session('ok', '02', '09:00', 30, 'a'), { id: 'untimed', title: 'u', kind: 'talk', room: 'a' }, session('elsewhere', '02', '09:00', 30, 'z')],
      rooms,
      zone,
    )!;
    expect(schedule.days.flatMap((day) => day.sessions.map((s) => s.session.id))).toEqual(['ok']);
  });
});
