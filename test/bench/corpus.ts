// Deterministic Korean/English news text for the bench: templates with money, percents, dates, model names and lots of number-free prose.
import { makeRng, type Rng } from './prng.js';

export type CorpusLang = 'ko' | 'en';

export interface Article {
  lang: CorpusLang;
  title: string;
  /** Body paragraphs; a byline and a dateline are among them, as on real pages. */
  paragraphs: string[];
}

export interface CorpusOptions {
  seed: number;
  /** Stop once the articles' text reaches this many UTF-8 bytes. */
  bytes: number;
  /** Share of Korean articles (the rest English). Korean first: 0.65 by default. */
  koShare?: number;
  /** Paragraphs per article, inclusive range. */
  paragraphs?: [number, number];
}

/** UTF-8 length without encoding: the bench reports MB of UTF-8 text, like a saved page's size. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function articleText(a: Article): string {
  return `${a.title}\n${a.paragraphs.join('\n')}`;
}

export function generateCorpus(opts: CorpusOptions): Article[] {
  const r = makeRng(opts.seed);
  const koShare = opts.koShare ?? 0.65;
  const [pLo, pHi] = opts.paragraphs ?? [6, 24];
  const out: Article[] = [];
  let bytes = 0;
  while (bytes < opts.bytes) {
    const a = r.chance(koShare) ? koArticle(r, r.int(pLo, pHi)) : enArticle(r, r.int(pLo, pHi));
    bytes += utf8Length(articleText(a)) + 1;
    out.push(a);
  }
  return out;
}

// ---------- shared helpers ----------

type Slots = Record<string, (r: Rng) => string>;

function fill(r: Rng, template: string, slots: Slots): string {
  return template.replace(
    /\{([A-Z0-9_]+)\}(으로|은|는|이|가|을|를|과|와|로)?/g,
    (_m, key: string, josa?: string) => {
      const f = slots[key];
      if (!f) throw new Error(`bench corpus: no slot ${key}`);
      const v = f(r);
      return josa ? v + koJosa(v, josa) : v;
    },
  );
}

/** Korean particles follow the sound of the word before them (딥시크는 / 삼성전자는 / 오픈AI가 / 수조원을). */
function koJosa(word: string, josa: string): string {
  const pairs: Record<string, [string, string]> = {
    은: ['은', '는'],
    는: ['은', '는'],
    이: ['이', '가'],
    가: ['이', '가'],
    을: ['을', '를'],
    를: ['을', '를'],
    과: ['과', '와'],
    와: ['과', '와'],
    으로: ['으로', '로'],
    로: ['으로', '로'],
  };
  const [withFinal, withoutFinal] = pairs[josa] ?? [josa, josa];
  const last = word.replace(/\([^)]*\)$/, '').slice(-1);
  const c = last.charCodeAt(0);
  let final = 0; // 0 none, 1 some consonant, 8 = ㄹ
  if (c >= 0xac00 && c <= 0xd7a3) final = (c - 0xac00) % 28;
  else if (/[0136780]/.test(last)) final = /[178]/.test(last) ? 8 : 1;
  else if (/[LMNR]/i.test(last)) final = /[LR]/i.test(last) ? 8 : 1;
  if (final === 0) return withoutFinal;
  if (josa === '으로' || josa === '로') return final === 8 ? '로' : '으로';
  return withFinal;
}

function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function decimal(r: Rng, lo: number, hi: number, digits: number): string {
  const v = lo + r.next() * (hi - lo);
  return v.toFixed(digits);
}

/** A "round-ish" integer as news writes them: 1–4 significant digits. */
function newsInt(r: Rng, exp: number): number {
  const sig = r.pick([1, 2, 2, 3, 3, 4]);
  const base = r.int(10 ** (sig - 1), 10 ** sig - 1);
  return base * 10 ** Math.max(0, exp - sig + 1);
}

/** Korean mixed notation: 78억8000만, 1조2000억, 557만6000, sometimes with commas in a group (1,234억). */
function koAmount(r: Rng, n: number): string {
  if (n < 10000 || r.chance(0.12)) return r.chance(0.7) ? withCommas(n) : String(n);
  const jo = Math.floor(n / 1e12);
  const eok = Math.floor((n % 1e12) / 1e8);
  const man = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  const comma = r.chance(0.3);
  const g = (v: number): string => (comma ? withCommas(v) : String(v));
  let s = '';
  if (jo) s += `${g(jo)}조`;
  if (eok) s += `${g(eok)}억`;
  if (man) s += `${g(man)}만`;
  if (rest) s += String(rest);
  return s;
}

// ---------- Korean ----------

const KO_CO = [
  '삼성전자',
  'SK하이닉스',
  '현대차',
  'LG에너지솔루션',
  '네이버',
  '카카오',
  '엔비디아',
  '오픈AI',
  '딥시크',
  '메타',
  '구글',
  'TSMC',
  '포스코홀딩스',
  '셀트리온',
  '한화에어로스페이스',
  '쿠팡',
];
const KO_MEDIA = [
  '뉴욕타임스(NYT)',
  '파이낸셜타임스(FT)',
  '블룸버그',
  '로이터',
  '월스트리트저널(WSJ)',
  '닛케이',
];
const KO_AGENCY = ['통계청', '한국은행', '산업통상자원부', '금융감독원', '관세청', '국토교통부'];
const KO_PERSON = ['김민준', '이서연', '박지훈', '최유진', '정현우', '강하은', '조성민', '윤지아'];
const KO_TITLE = ['대표', '연구원', '교수', '부사장', '애널리스트', '장관'];
const KO_TOPIC = ['인공지능', '반도체', '이차전지', '바이오', '부동산', '수출', '자율주행', '클라우드'];
const KO_MODEL = [
  'GPT-4o',
  '딥시크-V3',
  '라마3',
  '제미나이 1.5',
  '클로드 3.5',
  '엑사원 3.5',
  '하이퍼클로바X',
  'R1',
];
const KO_PRODUCT = ['갤럭시 S25', '아이폰 16', 'H800', 'H100', 'HBM3E', '아이오닉 9', 'EV3'];
const KO_BENCH = ['AIME 2024', 'MMLU', '라이브벤치', 'HumanEval', 'GPQA', 'SWE-bench'];
const KO_CITY = ['서울', '경기', '부산', '인천', '대구', '세종'];

const koSlots: Slots = {
  CO: (r) => r.pick(KO_CO),
  CO2: (r) => r.pick(KO_CO),
  MEDIA: (r) => r.pick(KO_MEDIA),
  AGENCY: (r) => r.pick(KO_AGENCY),
  PERSON: (r) => r.pick(KO_PERSON),
  TITLE: (r) => r.pick(KO_TITLE),
  TOPIC: (r) => r.pick(KO_TOPIC),
  MODEL: (r) => r.pick(KO_MODEL),
  MODEL2: (r) => r.pick(KO_MODEL),
  PRODUCT: (r) => r.pick(KO_PRODUCT),
  BENCH: (r) => r.pick(KO_BENCH),
  CITY: (r) => r.pick(KO_CITY),
  KRW: (r) => `${r.chance(0.25) ? '약 ' : ''}${koAmount(r, newsInt(r, r.int(8, 13)))}원`,
  USD: (r) => `${r.chance(0.2) ? '약 ' : ''}${koAmount(r, newsInt(r, r.int(5, 11)))}달러`,
  USDSMALL: (r) => `${r.int(1, 9)}달러`,
  PRICE: (r) => withCommas(newsInt(r, r.int(3, 6))),
  PCT: (r) => `${decimal(r, 0.1, 60, r.pick([0, 1, 1, 2]))}%`,
  SCORE: (r) => `${decimal(r, 40, 95, 1)}%`,
  SCORE2: (r) => `${decimal(r, 40, 95, 1)}%`,
  PP: (r) => `${decimal(r, 0.1, 3, 2)}%포인트`,
  PCTRANGE: (r) => {
    const lo = r.int(10, 30) / 10;
    return `${lo.toFixed(1)}~${(lo + r.int(1, 5) / 10).toFixed(1)}%`;
  },
  RATEPCT: (r) => `${(r.int(100, 400) / 100).toFixed(2)}%`,
  MUL: (r) => `${r.pick(['2', '3', '1.5', '10', '4.2'])}배`,
  FRAC: (r) => `${r.pick(['10분의 1', '3분의 2', '4분의 1', '2분의 1', '5분의 1'])}`,
  DUR: (r) => r.pick([`${r.int(2, 11)}개월`, `${r.int(2, 5)}년`, `${r.int(3, 72)}시간`, `${r.int(2, 30)}일`]),
  N: (r) => String(r.int(2, 14)),
  WEEK: (r) => String(r.int(2, 40)),
  CNT: (r) =>
    `${koAmount(r, newsInt(r, r.int(2, 6)))}${r.pick(['개', '대', '건', '곳'])}${r.chance(0.2) ? ' 이상' : ''}`,
  CNTPPL: (r) => `${koAmount(r, newsInt(r, r.int(2, 6)))}명`,
  RANK: (r) => `${r.pick(['세계 ', '국내 ', '업계 ', ''])}${r.int(1, 20)}위`,
  VAGUE: (r) => r.pick(['수억달러', '수십억원', '수천억원', '수조원', '수백만 달러']),
  YEAR: (r) => String(r.int(2026, 2035)),
  Q: (r) => String(r.int(1, 4)),
  DATE: (r) => r.pick([`${r.int(1, 28)}일`, `지난 ${r.int(1, 28)}일`, `${r.int(1, 12)}월 ${r.int(1, 28)}일`]),
  DATE2: (r) => r.pick([`지난해 ${r.int(1, 12)}월`, `올해 ${r.int(1, 12)}월`, `${r.int(2019, 2025)}년`]),
  DAY: (r) => `${r.int(1, 28)}일`,
  IDXPT: (r) => decimal(r, 1, 80, 2),
  IDX: (r) => withCommas(r.int(2300, 3100)) + '.' + String(r.int(10, 99)),
  FX: (r) => `${withCommas(r.int(1280, 1480))}.${r.int(0, 9)}`,
};

const KO_NUMERIC = [
  '{CO}는 {DATE} 올해 {Q}분기 연결 기준 영업이익이 {KRW}으로 전년 동기 대비 {PCT} 증가했다고 밝혔다.',
  '같은 기간 매출은 {KRW}으로 시장 전망치를 {PCT} 웃돌았다.',
  '{MEDIA}는 {DAY}(현지시간) {CO}가 {MODEL} 개발에 {USD}를 투입했다고 보도했다.',
  '이는 {CO2}가 {MODEL2} 훈련에 쓴 비용의 {FRAC} 수준이다.',
  '{CO}는 {BENCH} 벤치마크에서 {SCORE}를 기록해 {MODEL}의 {SCORE2}보다 앞섰다고 밝혔다.',
  '{AGENCY}에 따르면 지난달 수출액은 {USD}로 {N}개월 연속 증가세를 이어갔다.',
  '업계에서는 {CO}가 {CNT}의 GPU를 확보한 것으로 추정한다.',
  '기준금리는 연 {RATEPCT}로 동결됐고, 시장금리는 {PP} 하락했다.',
  '{CITY} 아파트값은 {WEEK}주 연속 올라 지난주보다 {PCT} 상승했다.',
  '이 회사 주가는 장중 {PCT} 급등한 {PRICE}원에 거래를 마쳤다.',
  '{CO}의 시가총액은 {KRW}을 넘어 {RANK}로 올라섰다.',
  '정부는 {YEAR}년까지 {KRW}을 투입해 반도체 인력 {CNTPPL}을 양성하겠다고 발표했다.',
  '전문가들은 {VAGUE}를 투자하지 않고서는 선도 기업과 경쟁하기 어렵다고 지적했다.',
  '{MODEL}은 {MODEL2}보다 추론 속도가 {MUL} 빠르다고 회사 측은 설명했다.',
  '{CO}는 {PRODUCT}를 시간당 {USDSMALL}에 {DUR} 동안 빌려 모델을 훈련했다고 설명했다.',
  '올해 경제성장률 전망치는 {PCTRANGE}로 제시됐다.',
  '코스피는 전 거래일보다 {IDXPT}포인트({PCT}) 오른 {IDX}에 마감했다.',
  '원·달러 환율은 {FX}원으로 {DATE2} 이후 최고치를 기록했다.',
  '조사 대상 {CNTPPL} 가운데 {PCT}가 긍정적으로 답했다.',
  '{CO}는 {DATE2} 출시한 {PRODUCT}의 판매량이 {CNT}를 돌파했다고 밝혔다.',
  '{PERSON} {TITLE}은 "{PRODUCT} 수요가 {DUR} 만에 {MUL} 늘었다"고 말했다.',
  '{CO}의 영업이익률은 {PCT}로 전 분기보다 {PP} 개선됐다.',
];

const KO_PROSE = [
  '{CO}는 이번 결정이 장기적인 경쟁력 강화를 위한 조치라고 설명했다.',
  '업계에서는 규제 환경 변화가 향후 투자 계획에 영향을 줄 수 있다는 관측이 나온다.',
  '{PERSON} {TITLE}은 기자간담회에서 "시장 상황을 면밀히 지켜보고 있다"고 말했다.',
  '전문가들은 성급한 판단을 경계해야 한다고 입을 모았다.',
  '정부 관계자는 관련 부처와 협의해 후속 대책을 마련하겠다고 밝혔다.',
  '이번 발표는 {TOPIC} 분야의 경쟁 구도를 바꿀 수 있다는 평가를 받는다.',
  '다만 구체적인 일정과 규모는 아직 정해지지 않았다.',
  '시장에서는 {CO}의 다음 행보에 관심이 쏠리고 있다.',
  '한편 {CO2}는 이에 대해 공식적인 입장을 내놓지 않았다.',
  '소비자 단체는 가격 인상이 서민 부담으로 이어질 수 있다고 우려했다.',
  '{MEDIA}는 이번 사안이 {TOPIC} 정책의 한계를 드러냈다고 분석했다.',
  '노사는 협상을 이어가기로 했지만 입장 차이는 좁혀지지 않았다.',
  '이 같은 흐름은 당분간 이어질 것이라는 전망이 우세하다.',
  '기업들은 불확실성이 커지면서 신규 채용을 미루는 분위기다.',
  '{PERSON} {TITLE}은 "기술 경쟁의 본질은 결국 인재 확보에 있다"고 강조했다.',
  '{CO}는 {MODEL} 기반 서비스를 국내외 고객사에 순차적으로 공급할 계획이다.',
  '일각에서는 {TOPIC} 산업에 대한 지원이 특정 기업에 집중된다는 비판도 제기된다.',
  '회사 측은 데이터 보안과 개인정보 보호를 최우선으로 고려하고 있다고 강조했다.',
  '이에 따라 {CITY} 지역 협력업체들의 부담도 함께 커질 것으로 보인다.',
  '{AGENCY}는 관련 통계를 보완해 정책 판단의 근거로 삼겠다는 방침이다.',
  '투자자들은 미국의 금리 정책과 환율 흐름을 주시하며 관망세를 보였다.',
  '{CO}와 {CO2}의 협력은 공급망 재편 과정에서 상징적인 의미를 갖는다는 분석이다.',
  '이 기술은 아직 초기 단계여서 상용화까지는 시간이 걸릴 것이라는 지적이 많다.',
  '업계 관계자는 "경쟁사들도 비슷한 전략을 검토하고 있다"고 전했다.',
];

function koArticle(r: Rng, nPara: number): Article {
  const title = fill(
    r,
    r.pick([
      '"{MODEL} 앞섰다"…{CO} 신모델에 업계 긴장',
      '{CO}, {TOPIC} 사업 확대…{KRW} 투자',
      '{TOPIC} 경쟁 격화…{CO}·{CO2} 정면승부',
      '[이슈+] {CO} 실적 발표 앞두고 주가 {PCT} 출렁',
    ]),
    koSlots,
  );
  const paragraphs: string[] = [
    `입력${r.int(2019, 2025)}.${String(r.int(1, 12)).padStart(2, '0')}.${String(r.int(1, 28)).padStart(2, '0')} ${r.int(6, 23)}:${String(r.int(0, 59)).padStart(2, '0')}`,
  ];
  for (let p = 0; p < nPara; p++) {
    const n = r.int(2, 5);
    const sentences: string[] = [];
    for (let s = 0; s < n; s++) {
      // Real news is mostly words: about half the sentences carry no number at all.
      sentences.push(fill(r, r.pick(r.chance(0.5) ? KO_PROSE : KO_NUMERIC), koSlots));
    }
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push(`${r.pick(KO_PERSON)} 한경닷컴 기자 reporter${r.int(1, 99)}@hankyung.com`);
  return { lang: 'ko', title, paragraphs };
}

// ---------- English ----------

const EN_CO = [
  'Nvidia',
  'OpenAI',
  'DeepSeek',
  'Meta',
  'Alphabet',
  'Samsung Electronics',
  'SK Hynix',
  'TSMC',
  'Microsoft',
  'Apple',
  'Hyundai Motor',
  'Anthropic',
];
const EN_MEDIA = [
  'The New York Times',
  'the Financial Times',
  'Bloomberg',
  'Reuters',
  'The Wall Street Journal',
];
const EN_AGENCY = [
  'the Commerce Department',
  'the Bank of Korea',
  'the Labor Department',
  'Eurostat',
  'the IMF',
];
const EN_PERSON = ['Jane Miller', 'Tom Becker', 'Priya Natarajan', 'Luis Ortega', 'Hannah Kim', 'David Chen'];
const EN_TITLE = ['chief executive', 'analyst', 'professor', 'spokeswoman', 'chief economist'];
const EN_TOPIC = ['artificial intelligence', 'chipmaking', 'battery', 'cloud computing', 'housing', 'trade'];
const EN_MODEL = ['GPT-4o', 'DeepSeek-V3', 'Llama 3', 'Gemini 1.5', 'Claude 3.5 Sonnet', 'R1', 'o1'];
const EN_PRODUCT = ['H800', 'H100', 'A100', 'Galaxy S25', 'iPhone 16', 'HBM3E'];
const EN_BENCH = ['AIME 2024', 'MMLU', 'LiveBench', 'HumanEval', 'GPQA Diamond', 'SWE-bench Verified'];

function enMoney(r: Rng): string {
  const cur = r.pick(['$', '$', '$', '€', '£']);
  const approx = r.chance(0.2) ? r.pick(['about ', 'roughly ', 'nearly ', 'more than ']) : '';
  const style = r.int(0, 2);
  if (style === 0)
    return `${approx}${cur}${decimal(r, 1, 999, r.pick([0, 1, 2, 3]))} ${r.pick(['million', 'billion'])}`;
  if (style === 1) return `${approx}${cur}${withCommas(newsInt(r, r.int(3, 9)))}`;
  return `${approx}${cur}${r.int(1, 900)}${r.pick(['m', 'bn', 'B', 'M'])}`;
}

const enSlots: Slots = {
  CO: (r) => r.pick(EN_CO),
  CO2: (r) => r.pick(EN_CO),
  MEDIA: (r) => r.pick(EN_MEDIA),
  AGENCY: (r) => r.pick(EN_AGENCY),
  PERSON: (r) => r.pick(EN_PERSON),
  TITLE: (r) => r.pick(EN_TITLE),
  TOPIC: (r) => r.pick(EN_TOPIC),
  MODEL: (r) => r.pick(EN_MODEL),
  MODEL2: (r) => r.pick(EN_MODEL),
  PRODUCT: (r) => r.pick(EN_PRODUCT),
  BENCH: (r) => r.pick(EN_BENCH),
  MONEY: enMoney,
  MONEY2: enMoney,
  PCT: (r) => (r.chance(0.8) ? `${decimal(r, 0.1, 60, r.pick([0, 1, 1, 2]))}%` : `${r.int(2, 60)} percent`),
  SCORE: (r) => `${decimal(r, 40, 95, 1)}%`,
  SCORE2: (r) => `${decimal(r, 40, 95, 1)}%`,
  PP: (r) => `${decimal(r, 0.1, 3, 2)} percentage points`,
  MUL: (r) => r.pick(['twice', 'three times', '1.5 times', '10 times', '4x']),
  FRAC: (r) => r.pick(['one-tenth', 'a quarter', 'two-thirds', 'half']),
  DUR: (r) =>
    r.pick([`${r.int(2, 11)} months`, `two months`, `${r.int(2, 5)} years`, `${r.int(3, 72)} hours`]),
  CNT: (r) => `${r.chance(0.3) ? 'more than ' : ''}${withCommas(newsInt(r, r.int(2, 6)))}`,
  RANK: (r) => r.pick(['second', 'third', 'fifth', 'ninth']),
  VAGUE: (r) =>
    r.pick(['hundreds of millions of dollars', 'billions of dollars', 'several thousand', 'dozens']),
  YEAR: (r) => String(r.int(2026, 2035)),
  Q: (r) => r.pick(['first', 'second', 'third', 'fourth']),
  DATE: (r) =>
    r.pick(['on Monday', 'on Thursday', `on Jan. ${r.int(1, 28)}`, `on March ${r.int(1, 28)}`, 'last week']),
  DATE2: (r) => r.pick([`in ${r.int(2019, 2025)}`, `last September`, `in October ${r.int(2020, 2025)}`]),
  N: (r) => String(r.int(2, 14)),
  IDX: (r) => withCommas(r.int(4000, 6200)) + '.' + String(r.int(10, 99)),
  RATE: (r) => `$${r.int(1, 9)} per hour`,
};

const EN_NUMERIC = [
  '{CO} said {DATE} that its {Q}-quarter operating profit rose {PCT} to {MONEY}, beating estimates.',
  '{MEDIA} reported {DATE} that {CO} spent {MONEY} to train {MODEL}, a fraction of what rivals spend.',
  'That is about {FRAC} of what {CO2} spent on {MODEL2}, according to the company.',
  'On {BENCH}, {MODEL} scored {SCORE}, ahead of {MODEL2} at {SCORE2}, the company said.',
  'Exports rose {PCT} from a year earlier to {MONEY}, {AGENCY} said, extending a run of gains to {N} months.',
  'Analysts estimate that {CO} has secured {CNT} {PRODUCT} chips.',
  'The central bank held its benchmark rate at {PCT}, while bond yields fell {PP}.',
  'Shares of {CO} jumped {PCT} to close at {MONEY2} in New York.',
  'The company is now worth {MONEY}, making it the {RANK}-largest chipmaker.',
  'The government plans to invest {MONEY} by {YEAR} to train {CNT} engineers.',
  'Experts had warned that without {VAGUE} in specialized chips, no one could compete.',
  '{MODEL} runs inference {MUL} faster than {MODEL2}, the company claimed.',
  'The team rented {PRODUCT} GPUs at {RATE} for {DUR} to train the model.',
  'The S&P 500 rose {PCT} to {IDX}, its highest close {DATE2}.',
  'Of the {CNT} people surveyed, {PCT} said they had used a chatbot at work.',
  '{PERSON}, a {TITLE}, said demand for {PRODUCT} had grown {MUL} in {DUR}.',
  'Margins widened by {PP} to {PCT} in the quarter.',
];

const EN_PROSE = [
  '{CO} described the decision as part of a long-term effort to stay competitive.',
  'Industry watchers say changes in regulation could reshape investment plans.',
  '"We are watching the market closely," {PERSON}, the {TITLE}, told reporters.',
  'Experts cautioned against drawing hasty conclusions from a single benchmark.',
  'Officials said they would work with other agencies on follow-up measures.',
  'The announcement could reshape competition in {TOPIC}, analysts said.',
  'Details of the timing and scale of the plan have not been decided.',
  'Investors are now waiting to see what {CO} does next.',
  '{CO2} did not respond to a request for comment.',
  'Consumer groups worry that higher prices will weigh on households.',
  '{MEDIA} said the episode exposed the limits of current {TOPIC} policy.',
  'Talks between management and unions will continue, but the gap remains wide.',
  'Most economists expect the trend to continue for some time.',
  'Companies have delayed hiring as uncertainty has grown.',
  '"The real contest is for talent," said {PERSON}, a {TITLE}.',
  'The technology is still early, and commercial products may take years.',
  'Critics argue that public support has been concentrated on a few large firms.',
  'The company said it puts data security and privacy first.',
];

function enArticle(r: Rng, nPara: number): Article {
  const title = fill(
    r,
    r.pick([
      '{CO} rattles rivals with a cheaper {MODEL}',
      '{CO} to invest {MONEY} in {TOPIC}',
      'Why {MODEL} has Silicon Valley worried',
      '{CO} shares swing {PCT} ahead of earnings',
    ]),
    enSlots,
  );
  const paragraphs: string[] = [
    `Published ${r.pick(['Jan.', 'Feb.', 'March', 'Oct.'])} ${r.int(1, 28)}, ${r.int(2019, 2025)}`,
  ];
  for (let p = 0; p < nPara; p++) {
    const n = r.int(2, 5);
    const sentences: string[] = [];
    for (let s = 0; s < n; s++)
      sentences.push(fill(r, r.pick(r.chance(0.5) ? EN_PROSE : EN_NUMERIC), enSlots));
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push(`By ${r.pick(EN_PERSON)}`);
  return { lang: 'en', title, paragraphs };
}
