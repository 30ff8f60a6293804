// Who says a number: "…에 따르면", "…는 …라고 밝혔다", "…고 NYT는 전했다", "according to", "said"; self or third party.
import { findOrgIn } from '../knowledge/orgs.js';
import type { Attribution } from '../types.js';

const KO_VERBS =
  '밝혔다|자랑했다|홍보했다|전했다|말했다|설명했다|주장했다|발표했다|강조했다|언급했다|보도했다|분석했다|전망했다|지적했다|짚었다|추산했다|추정했다|내다봤다|공개했다|덧붙였다|평가했다|진단했다|알렸다|공시했다|집계했다|예상했다';
/** The reporting verb at the end of a sentence and the word right before it. */
const KO_END = new RegExp(`(\\S+)\\s+(?:${KO_VERBS})(?:["'”’)]*)\\s*[.!?]?["'”’]*\\s*$`);
const KO_ACCORDING = /([^\s,.“"]+(?:\s+[^\s,.“"]+){0,2})\s*에\s*따르면/;
/** Topic at the start of a sentence: "딥시크는", "뉴욕타임스(NYT)는", "타일러 코웬 … 교수도". */
const KO_TOPIC = /^\s*(?:특히|또|또한|한편|이어|아울러|다만)?\s*((?:\S+\s+){0,3}?\S+?)(?:은|는|도|이|가)\s/;

const EN_ACCORDING = /according to ((?:the |a |an )?[\w'’.&-]+(?:\s+(?!and\b|that\b)[\w'’.&-]+){0,5})/i;
const EN_SAID_AFTER =
  /(?:^|[,.;"”]\s*|\s)((?:the |The )?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}|the company|the firm|the startup|the lab|officials|analysts|researchers)\s+(?:said|says|reported|reports|announced|claimed|claims|told|estimated|estimates|wrote|noted|stated|promises|promised|touts|touted|boasts|boasted)\b/;
const EN_SAID_BEFORE = /\b(?:said|says|according to)\s+((?:the )?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})/;

/**
 * The maker itself, however the text refers to it once it is named: "the company", "회사 측", "회사 쪽", "자사",
 * its own blog or report ("the company's blog post", "사내 블로그", "공식 블로그"), its own evaluation ("자체 평가").
 */
const SELF_WORDS =
  /^(?:(?:the |its )?(?:company|firm|startup|lab|maker|chipmaker|automaker|carmaker)(?:[’']s? (?:own )?(?:blog(?: post)?|post|statement|report|technical report|paper|announcement|website|data|tests?|benchmarks?|evaluations?|figures?|presentation))?|its (?:own )?(?:blog(?: post)?|statement|report|technical report|website|announcement)|회사|회사\s*측|회사\s*쪽|회사\s*관계자|사측|업체|업체\s*측|이 회사|자사|(?:회사\s*)?(?:사내|공식|자사|기술)\s*(?:블로그|보고서|홈페이지|발표)|(?:회사\s*)?자체\s*(?:평가|테스트|측정|벤치마크|조사|시험|실험)(?:\s*결과)?)$/i;

/** A date or day before a source ("29일", "지난 3일", "(현지시간)", "on Thursday"): not part of its name. */
const LEADING_DATE =
  /^(?:(?:지난|오는|올해|작년|지난해)\s*)?(?:\d{1,4}\s*(?:년|월|일)\s*)+(?:\(현지\s*시간\)\s*)?|^(?:지난|오는)\s+|^\(현지\s*시간\)\s*/;
/**
 * What a source is rather than who ("국제학술지 네이처", "미국 경제매체 CNBC", "시장조사업체 트렌드포스"): dropped
 * when a name follows it.
 */
const LEADING_TITLE =
  /^(?:(?:미국|영국|중국|일본|독일|프랑스|국내|해외|글로벌|세계적)\s*)?(?:국제\s*)?(?:학술지|과학\s*학술지|과학\s*저널|저널|학술\s*저널|국제학술지|경제\s*매체|경제\s*전문\s*매체|경제지|일간지|유력\s*일간지|외신|통신사|통신|방송|매체|언론|시장\s*조사\s*(?:업체|기관)|조사\s*(?:업체|기관)|리서치\s*(?:업체|기관)|금융\s*정보\s*(?:서비스\s*)?업체|정보\s*업체|연구소|연구\s*기관|증권사|투자은행|신용평가사)\s+(?=\S)/;

function clean(s: string): string {
  let t = s
    .replace(/^(?:특히|또|또한|한편|이어|아울러|다만)\s+/, '')
    .replace(/(?:은|는|도|이|가|에서는|에서)$/, '')
    .replace(/^[\s"“'‘(]+|[\s"”'’,.]+$/g, '')
    .trim();
  // "6일 업계에 따르면 아너" → "아너" (the topic after a relayed source).
  t = t.replace(/^.*에\s*따르면\s+/, '');
  // "중국 스마트폰 제조사 아너(Honor)" → "아너": what the speaker is, then who.
  t = t.replace(/^.*(?:제조사|제조업체|업체|기업|스타트업|개발사)\s+(?!측|쪽|관계자)(?=\S)/, '');
  // "29일 국제학술지 네이처" → "네이처"; "에스케이(SK)하이닉스" → "에스케이하이닉스".
  for (let i = 0; i < 3; i++) {
    const next = t.replace(LEADING_DATE, '').replace(LEADING_TITLE, '').trim();
    if (next === t || !next) break;
    t = next;
  }
  return t.replace(/([가-힣])\([A-Za-z]{1,6}\)([가-힣])/g, '$1$2');
}

/** classifySource is pure and news repeats its sources: remembered, up to a bound. */
const KIND_OF = new Map<string, Attribution['kind']>();

/** Self when the speaker is a maker of AI or a company (they publish figures about their own products). */
export function classifySource(source: string): Attribution['kind'] {
  let kind = KIND_OF.get(source);
  if (kind === undefined) {
    kind = classifyUncached(source);
    if (KIND_OF.size >= 4096) KIND_OF.clear();
    KIND_OF.set(source, kind);
  }
  return kind;
}

function classifyUncached(source: string): Attribution['kind'] {
  if (SELF_WORDS.test(source)) return 'self';
  const org = findOrgIn(source);
  if (!org) return 'third-party';
  return org.kind === 'ai-lab' || org.kind === 'company' ? 'self' : 'third-party';
}

/** KO_END's verbs, for the cheap test below. */
const KO_VERB_LIST = KO_VERBS.split('|');
/** What KO_END allows after the verb: quotes, brackets, spaces and one stop. */
const isTail = (ch: string): boolean =>
  ch === '"' ||
  ch === "'" ||
  ch === '”' ||
  ch === '’' ||
  ch === ')' ||
  ch === '.' ||
  ch === '!' ||
  ch === '?' ||
  /\s/.test(ch);

/**
 * Where the sentence-final reporting verb starts, or -1. Everything KO_END allows after its verb is a
 * quote, bracket, space or stop, and every verb ends in 다, so the verb ends exactly where those
 * characters stop; no verb is a suffix of another, so at most one fits.
 */
function koVerbStart(sentence: string): number {
  let j = sentence.length;
  while (j > 0 && isTail(sentence[j - 1]!)) j--;
  if (j === 0 || sentence[j - 1] !== '다') return -1;
  const tail = sentence.slice(Math.max(0, j - 5), j);
  for (const v of KO_VERB_LIST) if (tail.endsWith(v)) return j - v.length;
  return -1;
}

/** KO_END after its verb, anchored: what follows the verb must be exactly this. */
const KO_TAIL = /^["'”’)]*\s*[.!?]?["'”’]*\s*$/;
const isSpace = (ch: string): boolean => /\s/.test(ch);

/**
 * KO_END.exec(sentence)?.[1] without trying every start position: the verb can only end where the tail
 * characters begin (see koVerbStart), and the captured word is the run of non-spaces before the
 * spaces before it. The leftmost match starts at that run's start, since \S+ cannot cross a space.
 */
function koEndSpeaker(sentence: string): string | null {
  const v = koVerbStart(sentence);
  if (v < 0) return null;
  let j = v;
  while (j < sentence.length && !isTail(sentence[j]!)) j++;
  if (!KO_TAIL.test(sentence.slice(j))) return null;
  let w = v;
  while (w > 0 && isSpace(sentence[w - 1]!)) w--;
  if (w === v || w === 0) return null;
  let p = w;
  while (p > 0 && !isSpace(sentence[p - 1]!)) p--;
  return sentence.slice(p, w);
}

/** EN_SAID_AFTER's verbs (same case): EN_SAID_AFTER cannot match without one, EN_SAID_BEFORE without one or "according to". */
const EN_SAID_VERB =
  /(?:said|says|reported|reports|announced|claimed|claims|told|estimated|estimates|wrote|noted|stated|promises|promised|touts|touted|boasts|boasted)\b/;

/**
 * Finds the attribution stated in one sentence, or null. `prefilter: false` runs every pattern on every
 * sentence (the reference the prefilters' test compares against).
 */
export function findAttribution(sentence: string, prefilter = true): Attribution | null {
  // Each prefilter is a literal the regex after it cannot match without, so results are unchanged.
  const ko = !prefilter || sentence.includes('따르면') ? KO_ACCORDING.exec(sentence) : null;
  // "이에 따르면": according to what was just said — the previous sentence's source, not a new one.
  if (ko && /^(?:이에|이|그에|이를)$/.test(ko[1]!.trim())) return null;
  if (ko) return make(ko[1]!);
  const before = prefilter ? koEndSpeaker(sentence) : (KO_END.exec(sentence)?.[1] ?? null);
  if (before !== null) {
    // "…고 NYT는 전했다": the speaker sits right before the verb.
    if (/(?:은|는|이|가|도)$/.test(before) && !/(?:다고|라고|이라고)$/.test(before)) {
      return make(before);
    }
    // "딥시크는 … 앞섰다고 밝혔다": the speaker is the sentence's topic.
    const topic = KO_TOPIC.exec(sentence);
    if (topic) return make(topic[1]!);
  }
  const said = !prefilter || EN_SAID_VERB.test(sentence);
  const en =
    EN_ACCORDING.exec(sentence) ??
    (said ? EN_SAID_AFTER.exec(sentence) : null) ??
    (said || sentence.includes('according to') ? EN_SAID_BEFORE.exec(sentence) : null);
  if (en) return make(en[1]!);
  return null;
}

function make(raw: string): Attribution | null {
  const text = clean(raw);
  if (!text || text.length > 40) return null;
  return { text, kind: classifySource(text) };
}

/** "자체 평가", "its own tests": the figure was measured by the party it concerns, whoever relays it. */
const SELF_MEASURED =
  /자체\s*(?:평가|테스트|측정|벤치마크|조사|시험|실험)|(?:its|their|the company's|the company’s) own (?:tests?|benchmarks?|evaluations?|testing|measurements?)|internal (?:tests?|benchmarks?|evaluations?|testing)/i;

/** A relayed attribution becomes self-reported when the sentence says the maker measured it itself. */
export function selfMeasured(sentence: string, found: Attribution | null): Attribution | null {
  if (found?.kind === 'self') return found;
  const m = SELF_MEASURED.exec(sentence);
  if (!m) return found;
  const text = !found ? m[0] : found.text.includes(m[0]) ? found.text : `${found.text} (${m[0]})`;
  return { text, kind: 'self' };
}

/** "일부 평가에서", "in some tests": the comparison covers selected evaluations only. */
export const SELECTED_EVALS =
  /일부\s*(?:성능\s*)?(?:평가|테스트|벤치마크|시험|항목|지표)|some (?:benchmarks|tests|evaluations|metrics)|(?:several|certain|select(?:ed)?) (?:benchmarks|tests|evaluations)/i;

/** A maker presenting its own product: "…는 … 개발에 성공했다고 밝혔다", "Samsung unveiled …", "offered a look at the new processor". */
const KO_LAUNCH =
  /(?:(?:세계|업계|국내)\s*(?:최초|처음)|개발(?:에\s*성공|했|한다|해)|출시(?:했|한다|된다)|선보였|선보인다|공개했|공개한다|발표했|내놨|입증했|양산(?:에\s*들어갔|했|한다)|탑재했)/;
const EN_LAUNCH =
  /\b(?:world[’']s first|industry[’']s first|unveil(?:ed|s)?|launch(?:ed|es)?|introduc(?:ed|es)|debut(?:ed|s)?|releas(?:ed|es)|rolled out|rolls out|showed off|shows off|showcas(?:ed|es)|offered a look at|gave a look at|announced (?:a|an|the|its) new|demonstrated|developed)\b/i;
const EN_SUBJECT =
  /^\s*(?:(?:At|On|In) [^,]{1,80},\s*)?((?:the )?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})/;

/**
 * The maker when `sentence` presents a product of its own, else null: its topic or subject, or failing
 * that an org the sentence names (by name or by product: "‘엑사원’의 성능을 공개했다").
 */
/** "Apple's new MacBook", "삼성전자의 신제품": the product's maker, named by the possessive. */
const EN_POSSESSIVE_NEW =
  /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)[’']s\s+(?:new|latest|newest|next-generation|upcoming|flagship)\b/;
const KO_POSSESSIVE_NEW =
  /([가-힣A-Za-z][가-힣A-Za-z0-9]{1,15})의\s*(?:신제품|신형|차세대|새\s|새로운\s|최신)/;
/** The literal part each possessive pattern cannot match without: most sentences have neither, and the patterns
 * themselves try every capitalized word or Hangul run as a name first. */
const EN_POSSESSIVE_TAIL = /[’']s\s+(?:new|latest|newest|next-generation|upcoming|flagship)\b/;
const KO_POSSESSIVE_TAIL = /의\s*(?:신제품|신형|차세대|새\s|새로운\s|최신)/;

/** "레이요백(Rayovac)": a Korean transliteration glossed with its Latin name is a proper name (a company, here). */
const GLOSSED = /[가-힣]\([A-Z][\w .&-]{1,24}\)$/;

export function launchMaker(sentence: string, speakers?: DocSpeakers, prefilter = true): string | null {
  // "아너(Honor)": the name with its gloss, or without.
  const known = (who: string): boolean => {
    const bare = who.replace(/\s*\([A-Za-z][\w .&-]*\)$/, '');
    return (
      classifySource(who) === 'self' ||
      (speakers !== undefined && (isDocMaker(who, speakers) || isDocMaker(bare, speakers)))
    );
  };
  const hangul = /[가-힣]/.test(sentence);
  const possessive =
    !prefilter || (hangul ? KO_POSSESSIVE_TAIL : EN_POSSESSIVE_TAIL).test(sentence)
      ? (hangul ? KO_POSSESSIVE_NEW : EN_POSSESSIVE_NEW).exec(sentence)
      : null;
  if (possessive && known(possessive[1]!)) return possessive[1]!;
  if (hangul) {
    if (!KO_LAUNCH.test(sentence)) return null;
    const topic = KO_TOPIC.exec(sentence);
    if (topic) {
      const who = clean(topic[1]!).replace(/^(?:미|중|일|영|독|佛|美|中)\s+/, '');
      if (who && who.length <= 24 && (known(who) || GLOSSED.test(who)))
        return who.replace(/\s*\([^)]*\)$/, '');
    }
  } else {
    if (!EN_LAUNCH.test(sentence)) return null;
    const subj = EN_SUBJECT.exec(sentence);
    if (subj) {
      const who = clean(subj[1]!);
      if (who && known(who)) return who;
    }
  }
  const org = findOrgIn(sentence);
  return org && (org.kind === 'ai-lab' || org.kind === 'company') ? org.names[0]! : null;
}

/** A sentence about the product just presented: "이 제품은", "신제품은", "The chip", "It's also supposed to". */
export const PRODUCT_ANAPHOR =
  /^\s*(?:[가-힣]{1,4}(?:로|게|히|도)?\s+)?(?:이|해당|신|새|새로운)\s*(?:제품|칩|모델|반도체|메모리|배터리|서비스|기기|스마트폰|차|차량|플랫폼|기술)|^\s*(?:The|This|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:chip|processor|product|device|model|phone|battery|laptop|car|vehicle|service|platform|system|memory|app)s?\b|^\s*(?:It|It's|It’s|They)\b/i;
/** "is supposed to", "promises", "claims to": the text relays the maker's claim about the product. */
export const CLAIMED_PROPERTY =
  /\b(?:is|are) supposed to\b|\bpromis(?:es|ed)\b|\bclaims? to\b|\bis said to\b|\btout(?:s|ed)\b|\bboast(?:s|ed)\b|구현할 수 있|구현했|구현한|높인|향상된|개선된|줄인|늘린|처리할 수 있|업계 최초|세계 최초|업계 최고|세계 최고/i;

/** "스마트폰 제조사 아너(Honor)가", "칩 업체 엔비디아는": a company named by what it is. */
const KO_MAKER_INTRO =
  /(?:제조사|제조업체|업체|기업|회사|스타트업|개발사|완성차\s*업체|전문기업|전문\s*업체)\s+([가-힣A-Za-z][가-힣A-Za-z0-9&.-]{0,15}?)(?:\(([A-Za-z][\w .&-]{0,20})\))?(?:가|이|는|은|의|도|와|과|에서)?\s/g;
/** "the chipmaker Acme", "Acme Inc.", "Acme Corp", "Acme Co Ltd". */
const EN_MAKER_INTRO =
  /\b(?:maker|manufacturer|chipmaker|automaker|carmaker|company|firm|startup|developer)\s+((?:[A-Z][\w&.-]*\s?){1,3})|\b((?:[A-Z][\w&-]*\s){0,2}[A-Z][\w&-]*),?\s+(?:Inc|Corp|Corporation|Co|Ltd|Group|Holdings|Electronics|Motor|Motors)\b\.?/g;
/** An executive speaking for a company: "Phil Schiller, senior vice president … at Apple", "Apple CEO Tim Cook", "삼성전자 … 사장 홍길동". */
const EN_EXEC_AT =
  /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:president|CEO|chief|executive|officer|head|director|chairman|manager|spokes(?:wo)?man|spokesperson)(?:\s+[\w&-]+){0,6}?\s+(?:at|of)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})/g;
const EN_EXEC_POSSESSIVE =
  /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:[’']s)?\s+(?:[\w-]+\s+){0,4}?(?:CEO|chief executive|president|chairman|spokes(?:wo)?man|spokesperson|head of [\w ]+?)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b/g;

/**
 * What EN_MAKER_INTRO cannot match without (a maker word and a space, or a space and a corporate suffix), and the
 * titles both executive patterns need (EXEC_TITLE: every title of EN_EXEC_AT, which holds those of
 * EN_EXEC_POSSESSIVE: "chief executive" and "head of" start with its "chief" and "head").
 */
const EN_MAKER_WORD =
  /(?:maker|manufacturer|chipmaker|automaker|carmaker|company|firm|startup|developer)\s|\s(?:Inc|Corp|Corporation|Co|Ltd|Group|Holdings|Electronics|Motor|Motors)\b/;
const EXEC_TITLE =
  /president|CEO|chief|executive|officer|head|director|chairman|manager|spokes(?:wo)?man|spokesperson/;

export interface DocSpeakers {
  /** Lower-cased names of companies the text itself introduces as such. */
  makers: Set<string>;
  /** Lower-cased person name (full and surname) → their company. */
  execs: Map<string, string>;
}

/**
 * Companies and their executives as the text introduces them: read once per document. `prefilter: false` runs
 * every pattern (the reference the tests compare against).
 */
export function docSpeakers(text: string, prefilter = true): DocSpeakers {
  const makers = new Set<string>();
  const execs = new Map<string, string>();
  const isMaker = (name: string): boolean => {
    const org = findOrgIn(name);
    return (
      makers.has(name.toLowerCase()) ||
      (org !== undefined && (org.kind === 'company' || org.kind === 'ai-lab'))
    );
  };
  KO_MAKER_INTRO.lastIndex = 0;
  for (let m = KO_MAKER_INTRO.exec(text); m; m = KO_MAKER_INTRO.exec(text)) {
    makers.add(m[1]!.toLowerCase());
    if (m[2]) makers.add(m[2].trim().toLowerCase());
  }
  EN_MAKER_INTRO.lastIndex = 0;
  const enMakers = !prefilter || EN_MAKER_WORD.test(text);
  for (let m = enMakers ? EN_MAKER_INTRO.exec(text) : null; m; m = EN_MAKER_INTRO.exec(text)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name && !findOrgIn(name)) makers.add(name.toLowerCase());
  }
  const addExec = (person: string, org: string): void => {
    if (!isMaker(org)) return;
    const p = person.toLowerCase();
    execs.set(p, org);
    const surname = p.split(/\s+/).pop()!;
    if (surname !== p) execs.set(surname, org);
  };
  // Both executive patterns need a title, which few texts have: they try every capitalized word as a name first.
  if (prefilter && !EXEC_TITLE.test(text)) return { makers, execs };
  EN_EXEC_AT.lastIndex = 0;
  for (let m = EN_EXEC_AT.exec(text); m; m = EN_EXEC_AT.exec(text)) addExec(m[1]!, m[2]!.trim());
  EN_EXEC_POSSESSIVE.lastIndex = 0;
  for (let m = EN_EXEC_POSSESSIVE.exec(text); m; m = EN_EXEC_POSSESSIVE.exec(text))
    addExec(m[2]!, m[1]!.trim());
  return { makers, execs };
}

/**
 * An attribution read again with what the text says about its speakers: a company it introduced ("제조사
 * 아너") or an executive of a maker ("Schiller said" after "Phil Schiller, … at Apple") is the maker itself.
 */
export function withSpeakers(a: Attribution | null, speakers: DocSpeakers): Attribution | null {
  if (a?.kind !== 'third-party') return a;
  const low = a.text.toLowerCase();
  if (speakers.makers.has(low) || speakers.makers.has(low.replace(/\s*\([a-z][\w .&-]*\)$/, ''))) {
    return { text: a.text, kind: 'self' };
  }
  const org = speakers.execs.get(low);
  if (org) return { text: `${a.text} (${org})`, kind: 'self' };
  // "레이요백의 회장 겸 CEO인 데이비드 존스", "Acme spokeswoman Jane Roe": someone speaking for a maker the text introduced.
  if (REPRESENTATIVE.test(a.text)) {
    for (const m of speakers.makers)
      if (m.length >= 2 && low.includes(m)) return { text: a.text, kind: 'self' };
  }
  return a;
}

const REPRESENTATIVE =
  /회장|사장|대표|CEO|관계자|측|쪽|대변인|임원|부사장|전무|상무|본부장|부문장|연구소장|spokes(?:wo)?man|spokesperson|executive|officer|president|chief/i;

/** A maker name for launchMaker, given the text's own introductions. */
export function isDocMaker(name: string, speakers: DocSpeakers): boolean {
  return speakers.makers.has(name.toLowerCase());
}
