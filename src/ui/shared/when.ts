// A stored ISO time as the reader's UI language writes a date and time ("2025. 1. 24. 오후 5:24", "Jan 24, 2025, 5:24 PM").

/** One formatter per language: making an Intl.DateTimeFormat costs far more than formatting with it (My notes
 * formats a time per row). Null when the browser cannot make one. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(lang: 'ko' | 'en'): Intl.DateTimeFormat | null {
  let f = formatters.get(lang);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
    } catch {
      f = null;
    }
    formatters.set(lang, f);
  }
  return f;
}

/** The time as written in `lang`; the ISO text itself when the browser cannot format it. */
export function when(iso: string, lang: 'ko' | 'en'): string {
  try {
    return formatter(lang)?.format(new Date(iso)) ?? iso;
  } catch {
    return iso;
  }
}
