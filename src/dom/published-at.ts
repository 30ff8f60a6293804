// Finds an article's publication date (meta tags, JSON-LD, <time>, Korean "입력2025.01.24 17:24" bylines).

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
];

function valid(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || Number.isNaN(Date.parse(v))) return undefined;
  return v;
}

/** datePublished anywhere in a JSON-LD value (objects, arrays, @graph). */
function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  const direct = typeof obj.datePublished === 'string' ? valid(obj.datePublished) : undefined;
  if (direct) return direct;
  for (const key of Object.keys(obj)) {
    const found = fromJsonLd(obj[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// 입력 2025.01.24 17:24 | 입력 : 2025-01-24 오후 5:24 | 기사입력 2025.01.24. 오후 5:24 | 등록 2025년 1월 24일
const KOREAN =
  /(?:기사\s*입력|입력|등록|게재|발행|작성)\s*[:：]?\s*(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?\s*(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2})\s*:\s*(\d{2}))?/i;

/** A Korean byline date as ISO 8601 in Korea Standard Time (no daylight saving). */
export function parseKoreanDate(text: string): string | undefined {
  const m = KOREAN.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, ampm, h, mi] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return date;
  let hour = Number(h);
  if (ampm && /오후|pm/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /오전|am/i.test(ampm) && hour === 12) hour = 0;
  if (hour > 23 || Number(mi) > 59) return date;
  return `${date}T${pad(hour)}:${mi}:00+09:00`;
}

/** The publication date as an ISO 8601 string, or undefined when the page does not say. */
export function findPublishedAt(doc: Document): string | undefined {
  for (const sel of META_SELECTORS) {
    const found = valid(doc.querySelector(sel)?.getAttribute('content'));
    if (found) return found;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem, not a reason to stop looking.
    }
  }
  const time =
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  const fromTime = valid(time?.getAttribute('datetime'));
  if (fromTime) return fromTime;
  // Bylines: look in the likely containers first, then in the body's first stretch of text.
  for (const el of Array.from(
    doc.querySelectorAll('[class*="date"], [class*="time"], [class*="info"], [class*="byline"], time'),
  )) {
    const found = parseKoreanDate(el.textContent ?? '');
    if (found) return found;
  }
  return parseKoreanDate((doc.body?.textContent ?? '').slice(0, 20000));
}
