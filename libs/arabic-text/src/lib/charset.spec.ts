// iconv-lite (a dev dependency) only encodes the fixtures: an encoder independent of the decoder under test.
import * as iconv from 'iconv-lite';
import { charsetForLabel, decodeText, sniffCharset } from './charset';

const SENTENCE = 'سقطت قذيفة على سوق الخضار في البلدة، وأصيب ثلاثة من الباعة بجروح طفيفة.';

describe('charsetForLabel', () => {
  it.each([
    ['CP1256', 'windows-1256'],
    ['x-cp1256', 'windows-1256'],
    [' "Windows-1256" ', 'windows-1256'],
    ['ASMO-708', 'iso-8859-6'],
    ['arabic', 'iso-8859-6'],
    ['ISO-8859-6-I', 'iso-8859-6'],
    ['iso_8859-6', 'iso-8859-6'],
    ['utf8', 'utf-8'],
    ['latin1', 'windows-1252'], // WHATWG: latin1 labels decode as windows-1252
    ['us-ascii', 'windows-1252'],
  ])('resolves %s to %s by the Encoding Standard', (label, name) => {
    expect(charsetForLabel(label)).toBe(name);
  });

  it.each(['x-unknown-8', '', 'iso-2022-kr', null])('rejects %j (unknown, or the "replacement" encoding)', (label) => {
    expect(charsetForLabel(label)).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8 without any declaration', () => {
    expect(decodeText(Buffer.from(SENTENCE, 'utf8'))).toMatchObject({ text: SENTENCE, charset: 'utf-8', source: 'sniffed', replacementRatio: 0 });
    expect(decodeText(Buffer.from('plain ascii'))).toMatchObject({ charset: 'utf-8', source: 'default' });
  });

  it.each(['windows-1256', 'iso-8859-6'])('sniffs undeclared %s', (charset) => {
    const decoded = sniffCharset(iconv.encode(SENTENCE, charset));
    expect(decoded).toMatchObject({ charset, source: 'sniffed', text: SENTENCE });
  });

  it('tells windows-1256 from ISO-8859-6 on text with letters only one of them has in common places', () => {
    const text = 'قال الطبيب: الوضع تحت السيطرة. لكن الطواقم تعمل بلا توقف منذ ظهر الأمس.';
    expect(sniffCharset(iconv.encode(text, 'windows-1256')).text).toBe(text);
    expect(sniffCharset(iconv.encode(text, 'iso-8859-6')).text).toBe(text);
  });

  it('honours a declaration by label alias: the caller’s, then the Content-Type header', () => {
    const body = iconv.encode(SENTENCE, 'windows-1256');
    expect(decodeText(body, { declared: 'CP1256' })).toMatchObject({ charset: 'windows-1256', source: 'declared', text: SENTENCE });
    expect(decodeText(body, { contentType: 'text/html; charset="windows-1256"' })).toMatchObject({ charset: 'windows-1256', source: 'header', text: SENTENCE });
    expect(decodeText(body, { declared: 'bogus-label', contentType: 'text/html; charset=cp1256' }).source).toBe('header');
  });

  it('reads the charset from an XML declaration or a <meta> tag', () => {
    const rss = `<?xml version="1.0" encoding="windows-1256"?><rss><title>${SENTENCE}</title></rss>`;
    expect(decodeText(iconv.encode(rss, 'windows-1256'), { contentType: 'application/xml' })).toMatchObject({ charset: 'windows-1256', source: 'xml-declaration' });
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body><p>${SENTENCE}</p></body></html>`;
    const decoded = decodeText(iconv.encode(html, 'iso-8859-6'), { contentType: 'text/html' });
    expect(decoded).toMatchObject({ charset: 'iso-8859-6', source: 'meta' });
    expect(decoded.text).toContain(SENTENCE);
    expect(decodeText(Buffer.from('<meta charset="utf-16">نص'), {}).charset).toBe('utf-8'); // ASCII bytes cannot be UTF-16
  });

  it('overrides a UTF-8 label on bytes that are not UTF-8, and a Latin label on an Arabic code page', () => {
    const body = iconv.encode(SENTENCE, 'windows-1256');
    expect(decodeText(body, { declared: 'utf-8' })).toMatchObject({ charset: 'windows-1256', source: 'sniffed', text: SENTENCE });
    expect(decodeText(body, { contentType: 'text/html; charset=iso-8859-1' })).toMatchObject({ charset: 'windows-1256', source: 'sniffed', text: SENTENCE });
  });

  it('goes by the BOM first, and strips it', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]);
    expect(decodeText(withBom, { contentType: 'text/html; charset=windows-1256' })).toMatchObject({ source: 'bom', charset: 'utf-8', text: SENTENCE });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect(decodeText(utf16)).toMatchObject({ charset: 'utf-16le', source: 'bom', text: SENTENCE });
  });

  it('counts undecodable bytes', () => {
    // 0xA1 and 0xA2 have no character in ISO-8859-6.
    const decoded = decodeText(Buffer.from([0x41, 0xa1, 0xa2, 0x42]), { declared: 'iso-8859-6' });
    expect(decoded.charset).toBe('iso-8859-6');
    expect(decoded.replacementRatio).toBeCloseTo(0.5);
  });

  it('decodes a slice of a larger buffer by its own bytes', () => {
    const whole = Buffer.concat([Buffer.from('<meta charset="windows-1256">'), iconv.encode(SENTENCE, 'windows-1256')]);
    const slice = whole.subarray(29);
    expect(decodeText(slice)).toMatchObject({ charset: 'windows-1256', source: 'sniffed', text: SENTENCE });
  });
});
