import * as iconv from 'iconv-lite';
import { canonicalCharset, decodeBody, sniffCharset } from './charset-decoder';

const SENTENCE = 'سقطت قذيفة على سوق الخضار في البلدة، وأصيب ثلاثة من الباعة بجروح طفيفة.';

describe('decodeBody', () => {
  it('reads UTF-8 without any declaration', () => {
    const decoded = decodeBody(Buffer.from(SENTENCE, 'utf8'));
    expect(decoded).toMatchObject({ text: SENTENCE, charset: 'utf-8', basis: 'sniffed' });
  });

  it.each(['windows-1256', 'iso-8859-6'])('sniffs undeclared %s', (charset) => {
    const decoded = sniffCharset(iconv.encode(SENTENCE, charset));
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toBe(SENTENCE);
  });

  it('tells windows-1256 from ISO-8859-6 on text with letters only one of them has in common places', () => {
    const text = 'قال الطبيب: الوضع تحت السيطرة. لكن الطواقم تعمل بلا توقف منذ ظهر الأمس.';
    expect(sniffCharset(iconv.encode(text, 'windows-1256')).text).toBe(text);
    expect(sniffCharset(iconv.encode(text, 'iso-8859-6')).text).toBe(text);
  });

  it('honours a declared charset and its aliases', () => {
    const body = iconv.encode(SENTENCE, 'windows-1256');
    expect(decodeBody(body, 'CP1256')).toMatchObject({ charset: 'windows-1256', basis: 'declared', text: SENTENCE });
    expect(decodeBody(body, null, 'text/html; charset="windows-1256"').basis).toBe('declared');
  });

  it('reads the charset from a <meta> tag', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body><p>${SENTENCE}</p></body></html>`;
    const decoded = decodeBody(iconv.encode(html, 'iso-8859-6'));
    expect(decoded.basis).toBe('meta');
    expect(decoded.text).toContain(SENTENCE);
  });

  it('overrides a UTF-8 label on bytes that are not UTF-8', () => {
    const decoded = decodeBody(iconv.encode(SENTENCE, 'windows-1256'), 'utf-8');
    expect(decoded).toMatchObject({ charset: 'windows-1256', basis: 'sniffed', text: SENTENCE });
  });

  it('overrides a Latin label on an Arabic code-page body', () => {
    const decoded = decodeBody(iconv.encode(SENTENCE, 'windows-1256'), 'iso-8859-1');
    expect(decoded.text).toBe(SENTENCE);
  });

  it('strips a UTF-8 BOM and reads UTF-16 by its BOM', () => {
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)])).text).toBe(SENTENCE);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect(decodeBody(utf16)).toMatchObject({ charset: 'utf-16le', basis: 'bom', text: SENTENCE });
  });

  it('canonicalCharset rejects names iconv cannot decode', () => {
    expect(canonicalCharset('x-unknown-8')).toBeNull();
    expect(canonicalCharset('ASMO-708')).toBe('iso-8859-6');
  });
});
