/**
 * Setup logs come in several encodings: Windows Installer writes UTF-16 (with or without a byte
 * order mark), older tools write 8-bit text in the machine's code page, some write UTF-8. No
 * Microsoft document states which (reference §3.5), so the encoding is read from the bytes: the
 * BOM first, then the pattern of NUL bytes that UTF-16 leaves around ASCII, then UTF-8 validity,
 * and Windows-1252 when nothing else fits, because every byte sequence is valid Windows-1252.
 *
 * Files are read in chunks, so decoding is incremental: a character split across two chunks (a
 * UTF-16 pair, a UTF-8 sequence, an odd byte) is joined when the next chunk comes. A UTF-8 file
 * that ends in the middle of one ends in U+FFFD instead of an exception; a UTF-16 file that does
 * (a log copied while setup was still writing it, odd by one byte) loses that half character,
 * and the decoder says so, since one U+FFFD in a short log would make it look like binary.
 */

export type TextEncodingName = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** True when the file starts with a byte order mark (which is then not part of the text). */
  bom: boolean;
}

/** Enough bytes to see the NUL pattern and UTF-8 validity of a log's header and first lines. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

/** Share of one byte position (odd or even) that must be NUL for the text to be read as UTF-16. */
const UTF16_NUL_SHARE = 0.3;

/** Reads the encoding from a file's first bytes (up to DETECTION_SAMPLE_BYTES of them). */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bom: true };

  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return { encoding: utf16, bom: false };
  return { encoding: isValidUtf8(sample) ? 'utf-8' : 'windows-1252', bom: false };
}

/**
 * ASCII text in UTF-16 LE has a NUL in every odd byte, in UTF-16 BE in every even one. Random
 * bytes have NULs in 1 of 256 places on both sides, so a clear majority on one side only decides.
 */
function utf16ByNulPattern(sample: Uint8Array): TextEncodingName | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  if (oddNuls / pairs >= UTF16_NUL_SHARE && evenNuls / pairs < UTF16_NUL_SHARE / 3)
    return 'utf-16le';
  if (evenNuls / pairs >= UTF16_NUL_SHARE && oddNuls / pairs < UTF16_NUL_SHARE / 3)
    return 'utf-16be';
  return null;
}

/** Valid UTF-8, allowing the sample to end in the middle of a character (it is a slice). */
function isValidUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns a file's chunks into text. The first DETECTION_SAMPLE_BYTES decide the encoding. A file
 * detected as UTF-8 that turns out to hold an invalid sequence further on is read as
 * Windows-1252 from there on: an 8-bit log whose first 64 KB happened to be plain ASCII.
 */
export class StreamDecoder {
  private decoder: TextDecoder | undefined;
  private detected: DetectedEncoding | undefined;
  private sample: Uint8Array[] = [];
  private sampleLength = 0;
  /** While reading UTF-8: the bytes of a character the last chunk cut, which the decoder holds. */
  private utf8Tail: Uint8Array = new Uint8Array(0);
  private cutAtEnd = false;

  /** The encoding, once enough bytes have been seen to decide it. */
  get encoding(): DetectedEncoding | undefined {
    return this.detected;
  }

  /** True once end() has dropped the half of a UTF-16 character the file ended in. */
  get endsMidCharacter(): boolean {
    return this.cutAtEnd;
  }

  /** Text of this chunk; may hold bytes back until the next one (or until end()). */
  decode(chunk: Uint8Array): string {
    if (this.detected) return this.decodeMore(chunk);
    this.sample.push(chunk);
    this.sampleLength += chunk.length;
    return this.sampleLength >= DETECTION_SAMPLE_BYTES ? this.start() : '';
  }

  /** The last characters: without a UTF-16 character the file cut in half, U+FFFD for a UTF-8 one. */
  end(): string {
    const rest = !this.detected && this.sampleLength > 0 ? this.start() : '';
    if (!this.decoder) return rest;
    if (this.detected!.encoding !== 'utf-8') return rest + this.dropCutCharacter();
    try {
      return rest + this.decoder.decode();
    } catch {
      // A UTF-8 file cut inside its last character.
      return `${rest}\uFFFD`;
    }
  }

  /** What a UTF-16 decoder still holds is only ever a cut character (Windows-1252 holds nothing). */
  private dropCutCharacter(): string {
    this.cutAtEnd = this.decoder!.decode() !== '';
    return '';
  }

  private start(): string {
    const bytes = concat(this.sample);
    this.sample = [];
    this.detected = detectEncoding(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
    this.decoder = makeDecoder(this.detected.encoding);
    const bomLength = !this.detected.bom ? 0 : this.detected.encoding === 'utf-8' ? 3 : 2;
    return this.decodeMore(bytes.subarray(bomLength));
  }

  private decodeMore(chunk: Uint8Array): string {
    if (this.detected!.encoding !== 'utf-8') return this.decoder!.decode(chunk, { stream: true });
    try {
      const text = this.decoder!.decode(chunk, { stream: true });
      this.utf8Tail = incompleteUtf8Tail(
        concat([this.utf8Tail, chunk.subarray(Math.max(0, chunk.length - 3))]),
      );
      return text;
    } catch {
      this.detected = { encoding: 'windows-1252', bom: false };
      this.decoder = makeDecoder('windows-1252');
      return this.decoder.decode(concat([this.utf8Tail, chunk]), { stream: true });
    }
  }
}

function makeDecoder(encoding: TextEncodingName): TextDecoder {
  // ignoreBOM: a BOM is skipped by its length before decoding, so a second one would be text.
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
}

/** The last bytes that start a UTF-8 character without finishing it (at most three). */
function incompleteUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return bytes.length - i < needed ? bytes.slice(i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
