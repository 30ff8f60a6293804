// Reads native Korean numerals (하나, 둘, 스물다섯, 서른, 두, 세, 첫): counted things, "두 배", "세 번째".
const TENS: [string, number][] = [
  ['아흔', 90],
  ['여든', 80],
  ['일흔', 70],
  ['예순', 60],
  ['스물', 20],
  ['스무', 20],
  ['서른', 30],
  ['마흔', 40],
  ['쉰', 50],
  ['열', 10],
];
const ONES: [string, number][] = [
  ['다섯', 5],
  ['여섯', 6],
  ['일곱', 7],
  ['여덟', 8],
  ['아홉', 9],
  ['하나', 1],
  ['둘', 2],
  ['셋', 3],
  ['넷', 4],
  ['한', 1],
  ['두', 2],
  ['세', 3],
  ['석', 3],
  ['네', 4],
  ['넉', 4],
  ['첫', 1],
];

export interface NativeRead {
  end: number;
  value: number;
  /** 첫: only an ordinal. */
  first: boolean;
}

/** Longest native numeral at i: [tens][ones]. */
export function readNative(text: string, i: number): NativeRead | null {
  let j = i;
  let value = 0;
  let first = false;
  for (const [w, v] of TENS) {
    if (text.startsWith(w, j)) {
      value = v;
      j += w.length;
      break;
    }
  }
  for (const [w, v] of ONES) {
    if (text.startsWith(w, j)) {
      if (w === '첫' && value > 0) break;
      // 석/넉 only before 달 (석 달, 넉 달): other counters would misread 석유, 넉넉.
      if ((w === '석' || w === '넉') && !/^ ?달/.test(text.slice(j + 1, j + 3))) break;
      value += v;
      j += w.length;
      first = w === '첫';
      break;
    }
  }
  if (j === i) return null;
  return { end: j, value, first };
}
