// Parses `claimlens` command-line arguments into a typed request, or a one-line usage error.
import { type NotesConvertRequest, parseNotesArgs } from './notes.js';

export type Format = 'json' | 'md';
export type LangArg = 'auto' | 'ko' | 'en' | 'zh' | 'ja';

export interface ExtractRequest {
  command: 'extract';
  format: Format;
  lang: LangArg;
  /** "-" for standard input. */
  input: string;
  wholePage: boolean;
  uiLang: 'ko' | 'en' | undefined;
  /** Read a page in a language ClaimLens does not read yet for digits with a currency or % only. */
  basic: boolean;
}

export type ParsedArgs = ExtractRequest | NotesConvertRequest | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: claimlens extract [--format json|md] [--lang auto|ko|en|zh|ja] [--ui-lang ko|en] [--whole-page] [--basic] <file.html|file.txt|->
Finds the numerical claims in a saved news page or a text and prints them with their caveats.
  --format      json (default): { "version": 1, "lang", "claims": [...] }; md: a readable report
  --lang        the text's language (default auto: guessed from the script)
  --ui-lang     language of caveat wording (default: the text's, else en)
  --whole-page  for .html: scan the whole page, not only the article
  --basic       a text in a language ClaimLens does not read yet (French, German …): digits with a currency or % only
  -             read text from standard input`;

const FORMATS: readonly string[] = ['json', 'md'];
const LANGS: readonly string[] = ['auto', 'ko', 'en', 'zh', 'ja'];

function pick(flag: string, value: string | undefined, allowed: readonly string[]): string {
  if (value === undefined || value.startsWith('--'))
    throw new UsageError(`${flag} needs a value: ${allowed.join('|')}`);
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join('|')}, not "${value}"`);
  return value;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
    return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] === 'notes') return parseNotesArgs(argv.slice(1), (m) => new UsageError(m));
  if (argv[0] !== 'extract')
    throw new UsageError(`unknown command "${argv[0]}" (try: claimlens extract <file>)`);
  const req: ExtractRequest = {
    command: 'extract',
    format: 'json',
    lang: 'auto',
    input: '',
    wholePage: false,
    uiLang: undefined,
    basic: false,
  };
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const next = (): string | undefined => inline ?? argv[++i];
    if (name === '--format') req.format = pick(name, next(), FORMATS) as Format;
    else if (name === '--lang') req.lang = pick(name, next(), LANGS) as LangArg;
    else if (name === '--ui-lang') req.uiLang = pick(name, next(), ['ko', 'en']) as 'ko' | 'en';
    else if (name === '--whole-page') req.wholePage = true;
    else if (name === '--basic') req.basic = true;
    else if (name === '--help' || name === '-h') return { command: 'help' };
    else if (arg === '-' || !arg.startsWith('-')) positional.push(arg);
    else throw new UsageError(`unknown option "${arg}"`);
  }
  if (positional.length === 0)
    throw new UsageError('missing input: a .html or .txt file, or - for standard input');
  if (positional.length > 1)
    throw new UsageError(`one input at a time, got ${positional.length}: ${positional.join(' ')}`);
  req.input = positional[0]!;
  return req;
}
