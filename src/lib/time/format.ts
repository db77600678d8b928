const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared Intl.DateTimeFormat for a locale and options. Making one costs far more than
 * using it (about 0.2 ms), and a build formats dates and times for every session.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** The locale tag dates, numbers and sorting use in an interface language: French as in France, English as in Britain, any other as named. */
export function localeOf(language: string): string {
  return language === 'fr' ? 'fr-FR' : language === 'en' ? 'en-GB' : language;
}
