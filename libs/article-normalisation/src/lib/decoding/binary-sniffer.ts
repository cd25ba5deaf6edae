// Magic numbers of formats that reach a news inbox by mistake (attachments, images).
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['OLE/Word', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Why `body` is binary rather than text, or null. A known signature, a NUL byte in a
 * non-UTF-16 body, or many control bytes in the first 4 KiB.
 */
export function sniffBinary(body: Buffer): string | null {
  for (const [name, magic] of SIGNATURES) {
    if (body.length >= magic.length && magic.every((b, i) => body[i] === b)) return `${name} signature`;
  }
  if (hasUtf16Bom(body)) return null;
  const sample = body.subarray(0, 4096);
  if (sample.indexOf(0) >= 0) return 'NUL byte in text';
  // Control bytes other than tab, line breaks, form feed and escape; counted natively.
  const controls = sample.toString('latin1').match(/[\x01-\x08\x0E-\x1A\x1C-\x1F]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.05 ? `${controls} control bytes in the first ${sample.length}` : null;
}

export function hasUtf16Bom(body: Buffer): boolean {
  return body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff));
}
