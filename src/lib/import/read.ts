import { separateBreaks } from './breaks.ts';
import { readC3vocJson } from './c3voc.ts';
import { readFrabXml } from './frab.ts';
import { isICalendar, readICalendar } from './ical.ts';
import { ImportError, lineColumn, type ImportedSchedule, type ReadOptions } from './model.ts';
import { readSessionize, sessionizeView } from './sessionize.ts';

const EXPECTED = 'a schedule.xml, a schedule.json, a Sessionize JSON export or an iCalendar (.ics) file';

/** JSON.parse, with the place of a syntax error given as line and column. */
function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const where = at ? `line ${at[1]}, column ${at[2]}` : position ? lineColumn(source, Number(position[1])) : lineColumn(source, source.length);
    const cut = /end of JSON input|Unterminated/i.test(message) ? ' (the file ends too early: was it cut off while downloading?)' : '';
    throw new ImportError(file, where, `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${cut}`);
  }
}

/**
 * Reads a schedule file whatever its format: frab or pretalx schedule.xml, C3VOC or pretalx
 * schedule.json (v1 or schedule2), Sessionize JSON, iCalendar. The format is told from the content, not
 * the file name. Throws ImportError (file, place, what is wrong) on anything it cannot read.
 */
export function readSchedule(raw: string, options: ReadOptions): ImportedSchedule {
  try {
    return readAnySchedule(raw, options);
  } catch (error) {
    // Whatever a hostile or broken file makes a reader throw is said as a problem of that file.
    if (error instanceof ImportError) throw error;
    throw new ImportError(options.file, '', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readAnySchedule(raw: string, options: ReadOptions): ImportedSchedule {
  const bom = raw.startsWith('\uFEFF');
  const source = bom ? raw.slice(1) : raw;
  const start = source.trimStart();
  if (start === '') throw new ImportError(options.file, '', `is empty: expected ${EXPECTED}`);
  let schedule: ImportedSchedule;
  if (isICalendar(start)) {
    schedule = readICalendar(source, options);
  } else if (start.startsWith('<')) {
    schedule = readFrabXml(source, options);
  } else if (start.startsWith('{') || start.startsWith('[')) {
    const data = parseJson(source, options.file);
    const object = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
    const inner = object?.['schedule'];
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      schedule = readC3vocJson(object!, options);
    } else if (sessionizeView(data)) {
      schedule = readSessionize(data, options);
    } else {
      throw new ImportError(
        options.file,
        '',
        'is JSON but not a schedule Carnet reads: expected a frab/pretalx/C3VOC schedule.json (an object with "schedule") or a Sessionize export ("All" view: an object with "sessions", "speakers" and "rooms")',
      );
    }
  } else {
    throw new ImportError(options.file, 'line 1, column 1', `is neither XML, JSON nor iCalendar: expected ${EXPECTED}`);
  }
  if (bom) schedule.warnings.unshift({ where: 'line 1', message: 'starts with a byte-order mark: ignored' });
  return separateBreaks(schedule);
}
