// What a figure measures, read from the nouns nearest it: a reported business or economic result, or a product's own property.

/**
 * Reported results and economic statistics: filed, audited or compiled by a statistics office. A company
 * stating these is not vouching for its own product.
 */
const FINANCIAL_KO =
  /매출(?:액)?|영업(?:이익|손실|익)(?:률)?|(?:당기)?순(?:이익|손실)|세전이익|이익률|실적|흑자|적자|주가|목표주가|시가총액|시총|배당|수출(?:액)?|수입(?:액)?|무역수지|경상수지|판매(?:량|대수|액)?|출하(?:량)?|인도량|점유율|가격|단가|시장\s*규모|투자(?:액)?|순매수|순매도|환율|금리|성장률|고용률|실업률|취업자|물가|소비자물가|GDP|EPS|PER|PBR|ROE|영업익|자산|부채|현금|예산|세수|생산(?:액|량)?/g;
const FINANCIAL_EN =
  /\b(?:revenues?|sales|(?:net |operating |gross |pre-tax )?(?:profits?|income|loss(?:es)?)|earnings|margins?|EBITDA|EPS|dividends?|shares?|stocks?|markets?|exports?|imports?|shipments|outbound|inbound|deliveries|sold|prices?|GDP|inflation|unemployment|jobless|payrolls|jobs|employment|interest rates?|surplus|deficit|trade|spending|output|budget|assets|debt|cash|capex|investment|valuation|guidance)\b/gi;

/** A product's or service's own properties: what a maker measures on itself and advertises. */
const PRODUCT_KO =
  /제품|신제품|속도|성능|배터리|전력|소비전력|효율|용량|처리|해상도|화면|이용자|사용자|가입자|회원|다운로드|정확도|점수|벤치마크|시험|평가|테스트|최초|최고|최대\s*(?:속도|용량)|개선|향상|단축|절감|수명|무게|두께|대역폭|트랜지스터|주행거리|충전|연비|출력|토큰|파라미터|매개변수/g;
const PRODUCT_EN =
  /\b(?:products?|devices?|chips?|processors?|performance|faster|slower|speed|battery|power|efficiency|efficient|capacity|users?|subscribers?|customers|downloads|accuracy|scores?|benchmarks?|tests?|exams?|evaluations?|improvement|improves?|improved|transistors|resolution|latency|bandwidth|framerates?|throughput|range|charging|life|memory|storage|tokens|parameters|first)\b/gi;

export type Topic = 'financial' | 'product';

interface Hit {
  at: number;
  topic: Topic;
}

function hits(s: string, re: RegExp, topic: Topic, out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ at: m.index + m[0].length, topic });
}

/**
 * The topic nouns of a sentence. Enrichment and the caveat rules ask about every claim of a sentence in turn, so
 * the last sentence's nouns are kept: the four scans run once per sentence, not once per claim and caller.
 */
let lastSentence: string | null = null;
let lastFound: Hit[] = [];

function nounsOf(sentence: string, prefilter: boolean): Hit[] {
  if (prefilter && sentence === lastSentence) return lastFound;
  const found: Hit[] = [];
  // The English patterns (case-insensitive without the u flag) match ASCII letters only; the Korean product words
  // are all Hangul, the financial ones Hangul or capitals (GDP, EPS): a sentence without them skips the scan.
  const latin = !prefilter || /[A-Za-z]/.test(sentence);
  const hangul = !prefilter || /[가-힣]/.test(sentence);
  if (hangul || /[A-Z]/.test(sentence)) hits(sentence, FINANCIAL_KO, 'financial', found);
  if (latin) hits(sentence, FINANCIAL_EN, 'financial', found);
  if (hangul) hits(sentence, PRODUCT_KO, 'product', found);
  if (latin) hits(sentence, PRODUCT_EN, 'product', found);
  if (!prefilter) return found;
  lastSentence = sentence;
  lastFound = found;
  return found;
}

/**
 * The topic of the figure at [start, end) of `sentence` (offsets within it): the nearest topic noun before
 * it in the sentence ("매출액은 전년 대비 72%", "battery life … 34 percent"), else the nearest one after it
 * ("26 percent higher performance"); null when the sentence names neither. `prefilter: false` runs all four scans
 * and keeps nothing (the reference the tests compare against).
 */
export function topicAt(sentence: string, start: number, end: number, prefilter = true): Topic | null {
  const found = nounsOf(sentence, prefilter);
  let before: Hit | null = null;
  let after: Hit | null = null;
  for (const h of found) {
    if (h.at <= start) {
      if (!before || h.at > before.at) before = h;
    } else if (h.at > end && (!after || h.at < after.at)) after = h;
  }
  // A noun right after the figure names it ("26 percent higher performance", "2048개의 코어") more surely
  // than a noun a clause before it.
  if (after && before && after.at - end < 24 && start - before.at > 24) return after.topic;
  return (before ?? after)?.topic ?? null;
}
