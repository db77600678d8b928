/** The `git log` format that {@link latestChanges} reads: a record separator, the commit date, then the files. */
export const GIT_LOG_FORMAT = '%x1e%cI';

/**
 * The date of the latest commit that touched each file, from the output of
 * `git log --format=%x1e%cI --name-only`. The log lists newest commits first, so the
 * first date seen for a file is its latest.
 */
export function latestChanges(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of log.split('\x1e')) {
    const [date, ...files] = record.split('\n').map((line) => line.trim());
    if (!date) continue;
    const when = new Date(date);
    if (Number.isNaN(when.getTime())) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, when);
  }
  return dates;
}
