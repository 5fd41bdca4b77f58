import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding, StreamDecoder } from '../../../../src/features/log-reader/decode';
import { encodeLog, LOG_ENCODINGS } from '../../../../tools/log-encodings';

const SUCCESS_LOG = 'success/NDP1.1SP1-KB953297-x86-msi.0.log';

function decodeInChunks(bytes: Uint8Array, chunkSize: number) {
  const decoder = new StreamDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += chunkSize)
    text += decoder.decode(bytes.subarray(at, at + chunkSize));
  const end = decoder.end();
  return {
    text: text + end,
    encoding: decoder.encoding,
    endsMidCharacter: decoder.endsMidCharacter,
  };
}

describe('detectEncoding', () => {
  it('reads a UTF-16 LE byte order mark', () => {
    expect(detectEncoding(Uint8Array.of(0xff, 0xfe, 0x3d, 0x00))).toEqual({
      encoding: 'utf-16le',
      bom: true,
    });
  });
  it('reads a UTF-16 BE byte order mark', () => {
    expect(detectEncoding(Uint8Array.of(0xfe, 0xff, 0x00, 0x3d))).toEqual({
      encoding: 'utf-16be',
      bom: true,
    });
  });
  it('reads a UTF-8 byte order mark', () => {
    expect(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x3d))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
  });
  it('tells UTF-16 LE without a mark by the NULs after each ASCII letter', () => {
    expect(detectEncoding(Buffer.from('=== Verbose logging started', 'utf16le'))).toEqual({
      encoding: 'utf-16le',
      bom: false,
    });
  });
  it('tells UTF-16 BE without a mark by the NULs before each ASCII letter', () => {
    expect(detectEncoding(Buffer.from('=== Verbose logging started', 'utf16le').swap16())).toEqual({
      encoding: 'utf-16be',
      bom: false,
    });
  });
  it('takes valid UTF-8 with accented letters as UTF-8', () => {
    expect(detectEncoding(Buffer.from('C:\\Users\\José\\', 'utf8'))).toEqual({
      encoding: 'utf-8',
      bom: false,
    });
  });
  it('takes 8-bit text that is not valid UTF-8 as Windows-1252', () => {
    expect(detectEncoding(Uint8Array.of(0x4a, 0x6f, 0x73, 0xe9, 0x5c))).toEqual({
      encoding: 'windows-1252',
      bom: false,
    });
  });
});

describe('StreamDecoder', () => {
  it.each(LOG_ENCODINGS)(
    'reads the user folder "José" right from a %s fixture, one byte at a time',
    (encoding) => {
      const { text } = decodeInChunks(
        readFileSync(`tests/fixtures/logs/${encoding}/${SUCCESS_LOG}`),
        1,
      );
      expect(text).toContain(
        'C:\\DOCUME~1\\José\\LOCALS~1\\Temp\\NDP1.1sp1-KB953297-X86\\update.exe',
      );
    },
  );
  it('does not keep the byte order mark as text', () => {
    const { text } = decodeInChunks(encodeLog('=== Logging started', 'utf-16le-bom'), 3);
    expect(text.startsWith('===')).toBe(true);
  });
  it('drops the half character a UTF-16 file odd by one byte ends in, and says so', () => {
    const bytes = encodeLog('Return value 3.', 'utf-16le-bom');
    const { text, endsMidCharacter } = decodeInChunks(bytes.subarray(0, bytes.length - 1), 4);
    expect([text, endsMidCharacter]).toEqual(['Return value 3', true]);
  });
  it('does not say a whole UTF-16 file ends mid-character', () => {
    const { text, endsMidCharacter } = decodeInChunks(encodeLog('Return value 3.', 'utf-16le'), 4);
    expect([text, endsMidCharacter]).toEqual(['Return value 3.', false]);
  });
  it('survives a UTF-8 file cut inside its last character', () => {
    const bytes = Buffer.from('José', 'utf8');
    const { text } = decodeInChunks(bytes.subarray(0, bytes.length - 1), 2);
    expect(text).toBe('Jos\uFFFD');
  });
  it('joins a character split across two chunks', () => {
    const { text } = decodeInChunks(Buffer.from('José', 'utf8'), 4);
    expect(text).toBe('José');
  });
  it('reads the rest as Windows-1252 when an 8-bit byte appears after a plain ASCII start', () => {
    const bytes = Buffer.concat([Buffer.alloc(70 * 1024, 0x41), Uint8Array.of(0x20, 0xe9, 0x20)]);
    const { text, encoding } = decodeInChunks(bytes, 64 * 1024);
    expect([text.slice(-3), encoding]).toEqual([' é ', { encoding: 'windows-1252', bom: false }]);
  });
  it('gives no text and no encoding for an empty file', () => {
    expect(decodeInChunks(new Uint8Array(0), 10)).toEqual({
      text: '',
      encoding: undefined,
      endsMidCharacter: false,
    });
  });
  it('decodes a file shorter than a byte order mark', () => {
    expect(decodeInChunks(Buffer.from('ok', 'utf8'), 1).text).toBe('ok');
  });
});
