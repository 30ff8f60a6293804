// A stored ISO time as the reader's UI language writes a date and time ("2025. 1. 24. 오후 5:24", "Jan 24, 2025, 5:24 PM").

/** The time as written in `lang`; the ISO text itself when the browser cannot format it. */
export function when(iso: string, lang: 'ko' | 'en'): string {
  try {
    return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}
