/**
 * Bytes → text for article files. Arabic archives come in UTF-8 (with or without a BOM),
 * UTF-16 and the legacy Windows-1256 and ISO-8859-6 code pages. A byte-order mark
 * decides when there is one; valid UTF-8 is UTF-8; otherwise chardet guesses and the
 * platform's TextDecoder decodes, and the caller is told which encoding was assumed.
 */
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1256". */
  encoding: string;
  /** How the encoding was chosen: a BOM, valid UTF-8, detection, or the caller. */
  how: 'bom' | 'utf-8' | 'detected' | 'given';
  confidence?: number;
}

export class EncodingError extends Error {}

/** Legacy encodings we accept from detection (others are too often wrong guesses for news text). */
const DETECTABLE: Record<string, string> = {
  'windows-1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  return control > sample.length * 0.02;
}

export function decodeBytes(bytes: Uint8Array, given?: string): DecodedText {
  if (given) {
    try {
      return { text: new TextDecoder(given, { fatal: true }).decode(bytes), encoding: new TextDecoder(given).encoding, how: 'given' };
    } catch (error) {
      throw new EncodingError(
        error instanceof RangeError ? `"${given}" is not an encoding this platform knows` : `the text is not valid ${given}`,
      );
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8', how: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', how: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', how: 'bom' };
  // NUL and other control bytes are valid UTF-8 but not text: only BOM-less UTF-16 may have them.
  const binary = looksBinary(bytes);
  if (!binary) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', how: 'utf-8' };
    } catch {
      // not UTF-8: detect below
    }
  }
  const candidates = chardet.analyse(bytes);
  const best = candidates.find((candidate) => DETECTABLE[candidate.name.toLowerCase()]);
  const utf16 = best && best.name.toLowerCase().startsWith('utf-16') && best.confidence >= 50;
  if (binary && !utf16) throw new EncodingError('this looks like a binary file, not text');
  if (!best || best.confidence < 10) throw new EncodingError('the text is neither UTF-8 nor an encoding that could be recognized (try --encoding)');
  const encoding = DETECTABLE[best.name.toLowerCase()]!;
  return { text: decodeStrict(encoding, bytes), encoding, how: 'detected', confidence: best.confidence };
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new EncodingError(`the text is not valid ${encoding}`);
  }
}
