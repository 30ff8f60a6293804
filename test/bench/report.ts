// Turns the bench's figures into the one JSON object (--json) or a readable table with goals and PASS/GAP.

export type Verdict = 'PASS' | 'GAP' | 'n/a' | 'info';

export interface Row {
  name: string;
  value: number | string | null;
  unit: string;
  goal: string;
  verdict: Verdict;
  note?: string;
}

export function atLeast(value: number | null | undefined, goal: number): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value >= goal ? 'PASS' : 'GAP';
}

export function atMost(value: number | null | undefined, goal: number): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value <= goal ? 'PASS' : 'GAP';
}

function cell(v: number | string | null): string {
  if (v === null) return '—';
  return String(v);
}

export function table(rows: readonly Row[]): string {
  const head = ['figure', 'value', 'goal', 'verdict', 'note'];
  const body = rows.map((r) => [
    r.name,
    `${cell(r.value)}${r.value === null ? '' : r.unit}`,
    r.goal,
    r.verdict,
    r.note ?? '',
  ]);
  const widths = head.map((h, i) =>
    Math.min(60, Math.max(h.length, ...body.map((b) => (b[i] as string).length))),
  );
  const line = (cols: string[]) =>
    cols
      .map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
