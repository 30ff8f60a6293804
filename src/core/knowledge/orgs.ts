// Organizations an attribution may name: AI makers (whose own figures are self-reported) and media/analysts.
import type { Org } from './types.js';

export const ORGS: Org[] = [
  {
    id: 'deepseek',
    names: ['딥시크', 'DeepSeek', 'Deepseek', '深度求索', 'High-Flyer', '하이플라이어'],
    kind: 'ai-lab',
    products: ['딥시크-V3', '딥시크-R1', 'DeepSeek-V3', 'DeepSeek-R1', 'R1', 'V3'],
  },
  {
    id: 'openai',
    names: ['오픈AI', '오픈 AI', 'OpenAI', 'Open AI'],
    kind: 'ai-lab',
    products: ['챗GPT', 'ChatGPT', 'GPT-4o', 'GPT-4', 'o1', 'o3', 'GPT-5'],
  },
  {
    id: 'google',
    names: ['구글', 'Google', '구글 딥마인드', 'Google DeepMind', 'DeepMind', '딥마인드'],
    kind: 'ai-lab',
    products: ['제미나이', 'Gemini'],
  },
  { id: 'meta', names: ['메타', 'Meta'], kind: 'ai-lab', products: ['라마', 'Llama'] },
  {
    id: 'anthropic',
    names: ['앤트로픽', '앤스로픽', 'Anthropic'],
    kind: 'ai-lab',
    products: ['클로드', 'Claude'],
  },
  { id: 'microsoft', names: ['마이크로소프트', 'Microsoft', 'MS'], kind: 'company' },
  { id: 'nvidia', names: ['엔비디아', 'Nvidia', 'NVIDIA'], kind: 'company' },
  { id: 'alibaba', names: ['알리바바', 'Alibaba'], kind: 'ai-lab', products: ['큐원', 'Qwen'] },
  { id: 'xai', names: ['xAI', '엑스AI'], kind: 'ai-lab', products: ['그록', 'Grok'] },
  { id: 'mistral', names: ['미스트랄', 'Mistral'], kind: 'ai-lab' },
  {
    id: 'naver',
    names: ['네이버', 'Naver', 'NAVER'],
    kind: 'ai-lab',
    products: ['하이퍼클로바X', 'HyperCLOVA X'],
  },
  { id: 'lg-ai', names: ['LG AI연구원', 'LG'], kind: 'ai-lab', products: ['엑사원', 'EXAONE'] },
  { id: 'samsung', names: ['삼성전자', '삼성', 'Samsung'], kind: 'company' },
  { id: 'sk-hynix', names: ['SK하이닉스', '에스케이하이닉스', 'SK Hynix', 'SK hynix'], kind: 'company' },
  { id: 'kakao', names: ['카카오', 'Kakao'], kind: 'company' },
  { id: 'upstage', names: ['업스테이지', 'Upstage'], kind: 'ai-lab', products: ['솔라', 'Solar'] },
  { id: 'skt', names: ['SK텔레콤', 'SKT', 'SK Telecom'], kind: 'ai-lab', products: ['A.X', '에이닷엑스'] },
  {
    id: 'moonshot',
    names: ['문샷AI', '문샷 AI', 'Moonshot AI', 'MoonshotAI'],
    kind: 'ai-lab',
    products: ['Kimi', '키미'],
  },
  { id: 'apple', names: ['애플', 'Apple'], kind: 'company' },
  { id: 'amazon', names: ['아마존', 'Amazon'], kind: 'company' },
  { id: 'tesla', names: ['테슬라', 'Tesla'], kind: 'company' },
  // Media and analysts: third parties (they may relay a maker's claim; the card says who said it).
  { id: 'nyt', names: ['뉴욕타임스', 'NYT', 'New York Times', 'The New York Times'], kind: 'media' },
  { id: 'ft', names: ['파이낸셜타임스', 'FT', 'Financial Times'], kind: 'media' },
  { id: 'bloomberg', names: ['블룸버그', 'Bloomberg'], kind: 'media' },
  { id: 'reuters', names: ['로이터', 'Reuters'], kind: 'media' },
  { id: 'ap', names: ['AP통신', 'AP', 'Associated Press'], kind: 'media' },
  { id: 'wsj', names: ['월스트리트저널', 'WSJ', 'Wall Street Journal'], kind: 'media' },
  { id: 'cnbc', names: ['CNBC'], kind: 'media' },
  { id: 'forbes', names: ['포브스', 'Forbes'], kind: 'media' },
  { id: 'economist', names: ['이코노미스트', 'The Economist', 'Economist'], kind: 'media' },
  { id: 'yonhap', names: ['연합뉴스', 'Yonhap'], kind: 'media' },
  { id: 'semianalysis', names: ['세미애널리시스', 'SemiAnalysis'], kind: 'analyst' },
  { id: 'epoch', names: ['에포크AI', 'Epoch AI'], kind: 'analyst' },
  { id: 'bok', names: ['한국은행', '한은', 'Bank of Korea'], kind: 'government' },
  // Statistics offices and ministries: official figures, compiled and published by law (third parties).
  { id: 'kostat', names: ['통계청', '국가데이터처', 'Statistics Korea'], kind: 'government' },
  { id: 'kcs', names: ['관세청', 'Korea Customs Service'], kind: 'government' },
  { id: 'moef', names: ['기획재정부', '기재부', 'Ministry of Economy and Finance'], kind: 'government' },
  { id: 'fsc', names: ['금융위원회', '금융위', 'Financial Services Commission'], kind: 'government' },
  { id: 'fss', names: ['금융감독원', '금감원', 'Financial Supervisory Service'], kind: 'government' },
  {
    id: 'motie',
    names: ['산업통상자원부', '산업자원부', '산업부', 'Ministry of Trade, Industry and Energy'],
    kind: 'government',
  },
  { id: 'bls', names: ['Bureau of Labor Statistics', 'BLS', '미 노동부', '노동통계국'], kind: 'government' },
  { id: 'bea', names: ['Bureau of Economic Analysis', 'BEA', '경제분석국'], kind: 'government' },
  { id: 'fed', names: ['Federal Reserve', 'the Fed', '연방준비제도', '연준'], kind: 'government' },
  { id: 'census', names: ['Census Bureau', 'U.S. Census Bureau', '인구조사국'], kind: 'government' },
];

/** Name → org, for exact lookups after a match. */
export const ORG_BY_NAME: Map<string, Org> = new Map(
  ORGS.flatMap((o) => [...o.names, ...(o.products ?? [])].map((n) => [n.toLowerCase(), o] as const)),
);

/** Finds the first org whose name or product occurs in `text` (longest names first). */
const ORG_NAMES_SORTED = [...ORG_BY_NAME.keys()].sort((a, b) => b.length - a.length);
export function findOrgIn(text: string): Org | undefined {
  // Pure over the fixed list, and asked about the same few speakers again and again: remembered, bounded.
  let org = FOUND.get(text);
  if (org === undefined) {
    org = findUncached(text) ?? null;
    if (FOUND.size >= 4096) FOUND.clear();
    FOUND.set(text, org);
  }
  return org ?? undefined;
}

const FOUND = new Map<string, Org | null>();

function findUncached(text: string): Org | undefined {
  const low = text.toLowerCase();
  for (const n of ORG_NAMES_SORTED) {
    const i = low.indexOf(n);
    if (i < 0) continue;
    // Latin names must stand alone ("AP" is not in "APPLE", "MS" not in "MSCI").
    if (/^[a-z0-9]/.test(n)) {
      const before = low[i - 1] ?? ' ';
      const after = low[i + n.length] ?? ' ';
      if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) continue;
    }
    return ORG_BY_NAME.get(n);
  }
  return undefined;
}
