// Renders an analysis as the CLI's JSON document or as a Markdown report a person can read.
import { type Perspective, perspectivesOf } from '../core/perspectives.js';
import type { Claim, Lang, UiLang } from '../core/types.js';

export interface ReportClaim extends Claim {
  /** The sentence the claim sits in, so a report is readable without the scanned text. */
  sentenceText: string;
  /** Human-scale re-expressions and today's prices (the card's "In perspective" row); empty when none apply. */
  perspectives: Perspective[];
}

export interface Report {
  version: 1;
  lang: Lang;
  source: string;
  publishedAt?: string;
  claims: ReportClaim[];
}

export function buildReport(
  text: string,
  lang: Lang,
  claims: Claim[],
  source: string,
  publishedAt?: string,
  uiLang: UiLang = lang === 'ko' ? 'ko' : 'en',
): Report {
  const withSentences = claims.map((c) => ({
    ...c,
    sentenceText: text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim(),
    perspectives: perspectivesOf(c, uiLang, publishedAt),
  }));
  return { version: 1, lang, source, ...(publishedAt ? { publishedAt } : {}), claims: withSentences };
}

function describeValue(c: Claim): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const value = c.range ? `${n(c.range[0])}–${n(c.range[1])}` : n(c.value);
  const parts = [c.kind, [value, c.unit ?? ''].join(' ').trim() + (c.per ? ` per ${c.per}` : '')];
  if (c.approx) parts.push('approx.');
  if (c.bound) parts.push(c.bound);
  // A forecast is never read as a result: said first, with the words that make it one.
  if (c.status === 'forecast') parts.unshift(`FORECAST${c.statusCue ? ` (“${c.statusCue}”)` : ''}`);
  else if (c.status === 'result') parts.unshift('RESULT (beside a forecast)');
  return parts.join(', ');
}

/** One line per claim with its sentence, caveats indented beneath it. */
export function renderMarkdown(report: Report): string {
  const lines = [
    `# ClaimLens report: ${report.source}`,
    '',
    `Language: ${report.lang}${report.publishedAt ? ` · published ${report.publishedAt}` : ''} · ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`,
    '',
  ];
  for (const c of report.claims) {
    const marked = c.sentenceText.replace(c.text, `**${c.text}**`);
    const who = c.attribution?.text ? ` · source: ${c.attribution.text} (${c.attribution.kind})` : '';
    lines.push(`- \`${c.text}\` — ${describeValue(c)}${who} — “${marked}”`);
    for (const p of c.perspectives) {
      const note = p.note ? ` ${p.note};` : '';
      lines.push(`  - ↔ ${p.text} (${note} [${p.source.title}](${p.source.url}))`.replace('( ', '('));
    }
    for (const cv of c.caveats) {
      const src = cv.sources.map((s) => `[${s.title}](${s.url})`).join(', ');
      lines.push(`  - ${cv.severity === 'warn' ? '⚠' : 'ℹ'} **${cv.title}** ${cv.detail} (${src})`);
    }
  }
  if (report.claims.length === 0) lines.push('No numerical claims found.');
  return lines.join('\n') + '\n';
}
