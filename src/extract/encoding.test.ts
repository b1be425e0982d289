import { describe, expect, it } from 'vitest';
import { decodeBytes, EncodingError } from './encoding.ts';

const ARABIC = 'وكان الجانبان عقدا جولة أولى من مباحثات تطبيع العمل الدبلوماسي في الـ 27 من شباط الماضي في اسطنبول، وأكدت الخارجية الروسية أن المناقشات كانت هادفة.';

/** Encodes text in a single-byte legacy code page by inverting the platform's decoder. */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(Array.from(text, (ch) => table.get(ch) ?? 0x3f));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(ARABIC);
    expect(decodeBytes(plain)).toMatchObject({ text: ARABIC, encoding: 'utf-8', how: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toMatchObject({ text: ARABIC, how: 'bom' });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decodeBytes(utf16(ARABIC, true))).toMatchObject({ text: ARABIC, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(ARABIC, false))).toMatchObject({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('detects Windows-1256 and ISO-8859-6 and says so', () => {
    expect(decodeBytes(encodeLegacy(ARABIC, 'windows-1256'))).toMatchObject({ text: ARABIC, encoding: 'windows-1256', how: 'detected' });
    const iso = 'وكان الجانبان عقدا جولة اولى من مباحثات تطبيع العمل الدبلوماسي في 27 من شباط الماضي في اسطنبول';
    expect(decodeBytes(encodeLegacy(iso, 'iso-8859-6'))).toMatchObject({ text: iso, encoding: 'iso-8859-6', how: 'detected' });
  });

  it('uses a given encoding, and says when the text does not fit it', () => {
    expect(decodeBytes(encodeLegacy(ARABIC, 'windows-1256'), 'windows-1256').text).toBe(ARABIC);
    expect(() => decodeBytes(Uint8Array.of(0x41), 'klingon')).toThrow(/not an encoding this platform knows/);
  });

  it('refuses binary data', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBytes(png)).toThrow(EncodingError);
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });

  it('an empty file is empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
  });
});
