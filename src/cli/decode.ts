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

export function decodeInput(bytes: Uint8Array, isHtml: boolean): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes))
    throw new InputError('input looks binary (an image, PDF or archive?), not text or HTML');
  let encoding = 'utf-8';
  if (isHtml) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
    const declared = declaredCharset(head);
    if (declared) {
      const known = ALIASES[declared];
      if (!known) throw new InputError(`unsupported encoding "${declared}" declared by the page`);
      encoding = known;
    }
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(
      encoding === 'utf-8'
        ? 'input is not valid UTF-8 (for an HTML page, declare its charset in a <meta> tag)'
        : `input is not valid ${encoding}`,
    );
  }
}
