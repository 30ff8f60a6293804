// Turns raw input bytes into text: BOMs, HTML-declared charsets (EUC-KR pages), and clear errors for binary or unknown encodings.

export class InputError extends Error {}

/** Encodings TextDecoder knows that news pages actually use; anything else declared is refused, not guessed. */
const ALIASES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'euc-kr': 'euc-kr',
  'ks_c_5601-1987': 'euc-kr',
  cp949: 'euc-kr',
  'windows-949': 'euc-kr',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'euc-jp': 'euc-jp',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
};

function declaredCharset(head: string): string | undefined {
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL bytes or many control bytes in the first 8 KB: an image, a PDF, an archive — not text.
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Bytes that decode as UTF-8 and hold at least one multi-byte sequence: UTF-8 text, whatever the page declares. */
function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  let multibyte = false;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i]! >= 0x80) {
      multibyte = true;
      break;
    }
  if (!multibyte) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export interface Decoded {
  text: string;
  /** Said on stderr: the input was read differently from what it declares. */
  warning?: string;
}

export function decodeInput(bytes: Uint8Array, isHtml: boolean): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (looksBinary(bytes))
    throw new InputError('input looks binary (an image, PDF or archive?), not text or HTML');
  let encoding = 'utf-8';
  let declared: string | undefined;
  if (isHtml) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    declared = declaredCharset(head);
    if (declared) {
      const known = ALIASES[declared];
      if (!known) throw new InputError(`unsupported encoding "${declared}" declared by the page`);
      encoding = known;
    }
  }
  // A page saved again by a tool that re-encoded it as UTF-8 but kept its old <meta charset>: multi-byte UTF-8 that
  // decodes cleanly is almost never valid legacy text by chance, so UTF-8 is what it is.
  if (
    encoding !== 'utf-8' &&
    encoding !== 'utf-16le' &&
    encoding !== 'utf-16be' &&
    isUtf8WithMultibyte(bytes)
  )
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warning: `the page declares charset "${declared}" but is stored as UTF-8; read as UTF-8`,
    };
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    throw new InputError(
      encoding === 'utf-8'
        ? 'input is not valid UTF-8 (for an HTML page, declare its charset in a <meta> tag)'
        : `input is not valid ${encoding}`,
    );
  }
}
