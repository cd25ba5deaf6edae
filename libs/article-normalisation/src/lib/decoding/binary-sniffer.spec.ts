import { sniffBinary } from './binary-sniffer';

describe('sniffBinary', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n...')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0])],
    ['ZIP/Office', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14])],
  ])('spots a %s signature', (name, body) => {
    expect(sniffBinary(body)).toBe(`${name} signature`);
  });

  it('spots NUL bytes and control-byte noise', () => {
    expect(sniffBinary(Buffer.from('نص\u0000عربي'))).toBe('NUL byte in text');
    expect(sniffBinary(Buffer.from([1, 2, 3, 4, 5, 65, 66]))).toMatch(/control bytes/);
  });

  it('passes text, including UTF-16 with its BOM', () => {
    expect(sniffBinary(Buffer.from('خبر عاجل من العاصمة\nسطر ثان'))).toBeNull();
    expect(sniffBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('خبر', 'utf16le')]))).toBeNull();
  });
});
