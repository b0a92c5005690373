import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const RU = 'Министерство обороны Казахстана провело учения на Каспии вместе с Азербайджаном.';

describe('decodeText', () => {
  it('reads UTF-8 as is, dropping a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RU)]);
    expect(decodeText(bytes)).toEqual({ ok: true, value: { text: RU, encoding: 'utf-8', transcoded: false } });
  });

  it('transcodes Windows-1251', () => {
    const result = decodeText(iconv.encode(RU, 'windows-1251'));
    expect(result).toEqual({ ok: true, value: { text: RU, encoding: 'windows-1251', transcoded: true } });
  });

  it('transcodes UTF-16 with and without a byte-order mark', () => {
    expect(decodeText(iconv.encode(RU, 'utf-16le', { addBOM: true }))).toMatchObject({ ok: true, value: { text: RU, encoding: 'utf-16le' } });
    expect(decodeText(iconv.encode('Plain English text of an article.', 'utf-16be'))).toMatchObject({ ok: true, value: { text: 'Plain English text of an article.', encoding: 'utf-16be' } });
  });

  it('refuses binary data and empty files with a reason', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    expect(decodeText(zip)).toMatchObject({ ok: false, code: 'invalid', message: expect.stringContaining('binary data') });
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, code: 'invalid', message: 'The file is empty.' });
  });

  it('refuses text in an encoding it does not read, naming it, rather than turning it into Cyrillic garbage', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['gbk', '哈萨克斯坦和阿塞拜疆在里海举行了联合海军演习，国防部在声明中说。', /looks like GB18030/],
      ['euc-kr', '카자흐스탄과 아제르바이잔은 카스피해에서 합동 해군 훈련을 실시했다.', /looks like EUC-KR/],
      ['iso-8859-7', 'Η Καζακστάν και το Αζερμπαϊτζάν πραγματοποίησαν ναυτική άσκηση στην Κασπία.', /looks like ISO-8859-7/],
    ];
    for (const [encoding, text, message] of cases) {
      const result = decodeText(iconv.encode(text, encoding));
      expect(result, encoding).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(message) });
      expect(result, encoding).toMatchObject({ message: expect.stringContaining('Save it as UTF-8') });
    }
  });

  it('tells Windows-1251 from KOI8-R by the words they make', () => {
    const text = `${RU} Учения продолжатся до пятницы, сообщили в Астане.`;
    expect(decodeText(iconv.encode(text, 'koi8-r'))).toMatchObject({ ok: true, value: { text, encoding: 'koi8-r' } });
    expect(decodeText(iconv.encode(text, 'windows-1251'))).toMatchObject({ ok: true, value: { text, encoding: 'windows-1251' } });
  });

  it('follows the charset a page declares', () => {
    expect(decodeText(iconv.encode(RU, 'koi8-r'), 'koi8-r')).toMatchObject({ ok: true, value: { text: RU, encoding: 'koi8-r' } });
  });
});
