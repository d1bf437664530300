import { DomainError } from '@cpp/eventsourcing';
import { documentTypeOfCode, parseDocumentNumber } from './document-number';

describe('document numbers as printed in the seeds', () => {
  it.each([
    // "Số:" header lines, spaces as scanned
    ['Số:  923  /QĐ-LĐTBXH', { raw: '923/QĐ-LĐTBXH', number: 923, year: null, symbol: 'QĐ-LĐTBXH', typeCode: 'QĐ', issuerCode: 'LĐTBXH' }],
    [
      'Số:       /SLĐTBXH-BVCSTE-BĐG',
      { raw: '/SLĐTBXH-BVCSTE-BĐG', number: null, year: null, symbol: 'SLĐTBXH-BVCSTE-BĐG', typeCode: null, issuerCode: 'SLĐTBXH-BVCSTE-BĐG' },
    ],
    // references inside the text
    ['23/CT-TTg', { raw: '23/CT-TTg', number: 23, year: null, symbol: 'CT-TTg', typeCode: 'CT', issuerCode: 'TTg' }],
    ['  23/CT-TTg', { raw: '23/CT-TTg', number: 23, year: null, symbol: 'CT-TTg', typeCode: 'CT', issuerCode: 'TTg' }],
    ['1472/QĐ-TTg', { raw: '1472/QĐ-TTg', number: 1472, year: null, symbol: 'QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg' }],
    ['1465/QĐ-BLĐTBXH', { raw: '1465/QĐ-BLĐTBXH', number: 1465, year: null, symbol: 'QĐ-BLĐTBXH', typeCode: 'QĐ', issuerCode: 'BLĐTBXH' }],
    ['121/2020/QH14', { raw: '121/2020/QH14', number: 121, year: 2020, symbol: 'QH14', typeCode: null, issuerCode: 'QH14' }],
    ['2125/UBND-KGVX', { raw: '2125/UBND-KGVX', number: 2125, year: null, symbol: 'UBND-KGVX', typeCode: null, issuerCode: 'UBND-KGVX' }],
    ['55/KH-UBND', { raw: '55/KH-UBND', number: 55, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' }],
    ['207/QĐ-UBND', { raw: '207/QĐ-UBND', number: 207, year: null, symbol: 'QĐ-UBND', typeCode: 'QĐ', issuerCode: 'UBND' }],
    ['385/SLĐTBXH-XH', { raw: '385/SLĐTBXH-XH', number: 385, year: null, symbol: 'SLĐTBXH-XH', typeCode: null, issuerCode: 'SLĐTBXH-XH' }],
    ['793/LĐTBXH-TE', { raw: '793/LĐTBXH-TE', number: 793, year: null, symbol: 'LĐTBXH-TE', typeCode: null, issuerCode: 'LĐTBXH-TE' }],
    [
      '245/LĐTBXH-BVCSTE-BĐG',
      { raw: '245/LĐTBXH-BVCSTE-BĐG', number: 245, year: null, symbol: 'LĐTBXH-BVCSTE-BĐG', typeCode: null, issuerCode: 'LĐTBXH-BVCSTE-BĐG' },
    ],
    ['672/LĐTBXH', { raw: '672/LĐTBXH', number: 672, year: null, symbol: 'LĐTBXH', typeCode: null, issuerCode: 'LĐTBXH' }],
    ['804/VP-KGVX', { raw: '804/VP-KGVX', number: 804, year: null, symbol: 'VP-KGVX', typeCode: null, issuerCode: 'VP-KGVX' }],
    ['13/2021/TT-BLĐTBXH', { raw: '13/2021/TT-BLĐTBXH', number: 13, year: 2021, symbol: 'TT-BLĐTBXH', typeCode: 'TT', issuerCode: 'BLĐTBXH' }],
    ['27/2022/TT-BLĐTBXH', { raw: '27/2022/TT-BLĐTBXH', number: 27, year: 2022, symbol: 'TT-BLĐTBXH', typeCode: 'TT', issuerCode: 'BLĐTBXH' }],
    ['56/2017/NĐ-CP', { raw: '56/2017/NĐ-CP', number: 56, year: 2017, symbol: 'NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP' }],
    ['14/2017/NĐ-CP', { raw: '14/2017/NĐ-CP', number: 14, year: 2017, symbol: 'NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP' }],
    ['27/TB-VPCP', { raw: '27/TB-VPCP', number: 27, year: null, symbol: 'TB-VPCP', typeCode: 'TB', issuerCode: 'VPCP' }],
    ['06/QĐ-TTg', { raw: '06/QĐ-TTg', number: 6, year: null, symbol: 'QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg' }],
    ['02/CT-TTg', { raw: '02/CT-TTg', number: 2, year: null, symbol: 'CT-TTg', typeCode: 'CT', issuerCode: 'TTg' }],
    ['2513/LĐTBXH-TTTT', { raw: '2513/LĐTBXH-TTTT', number: 2513, year: null, symbol: 'LĐTBXH-TTTT', typeCode: null, issuerCode: 'LĐTBXH-TTTT' }],
    ['457/KH-UBND', { raw: '457/KH-UBND', number: 457, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' }],
    ['636/UBND-VX', { raw: '636/UBND-VX', number: 636, year: null, symbol: 'UBND-VX', typeCode: null, issuerCode: 'UBND-VX' }],
    // the Party's form
    ['20-CT/TW', { raw: '20-CT/TW', number: 20, year: null, symbol: 'CT/TW', typeCode: 'CT', issuerCode: 'TW' }],
    ['28-CT/TW', { raw: '28-CT/TW', number: 28, year: null, symbol: 'CT/TW', typeCode: 'CT', issuerCode: 'TW' }],
    // "số" without a colon, lower case, as in "Văn bản số 385/…"
    ['số 385/SLĐTBXH-XH', { raw: '385/SLĐTBXH-XH', number: 385, year: null, symbol: 'SLĐTBXH-XH', typeCode: null, issuerCode: 'SLĐTBXH-XH' }],
  ])('reads %s', (printed, expected) => {
    expect(parseDocumentNumber(printed)).toEqual(expected);
  });

  it('reads a number whose Vietnamese letters arrive decomposed (NFD) the same as composed', () => {
    expect(parseDocumentNumber('923/QĐ-LĐTBXH'.normalize('NFD'))).toEqual(parseDocumentNumber('923/QĐ-LĐTBXH'));
    expect(parseDocumentNumber('Số: 1/KH-UBND'.normalize('NFD')).number).toBe(1);
  });

  it.each([
    ['an empty string', ''],
    ['a bare number', '923'],
    ['a symbol without a slash', 'QĐ-LĐTBXH'],
    ['a number with nothing after the slash', '923/'],
    ['a symbol that starts with a digit', '923/14QH'],
    ['a dangling dash', '923/QĐ-'],
    ['letters in the number', '92a/QĐ-LĐTBXH'],
    ['number zero', '0/QĐ-LĐTBXH'],
    ['punctuation in the symbol', '923/QĐ_LĐTBXH'],
    ['a date instead of a number', '04/8/2020'],
  ])('refuses %s as BAD_USER_INPUT', (_label, printed) => {
    let refusal: unknown;
    try {
      parseDocumentNumber(printed);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('BAD_USER_INPUT');
    expect((refusal as DomainError).message).toMatch(/not a document number|number 0/);
  });

  it('names the document type a type code stands for, and none for dispatches', () => {
    expect(documentTypeOfCode('QĐ')).toBe('quyet-dinh');
    expect(documentTypeOfCode('CT')).toBe('chi-thi');
    expect(documentTypeOfCode('KH')).toBe('ke-hoach');
    expect(documentTypeOfCode('TT')).toBe('thong-tu');
    expect(documentTypeOfCode('NĐ')).toBe('nghi-dinh');
    expect(documentTypeOfCode('TB')).toBe('thong-bao');
    expect(documentTypeOfCode('NQ')).toBe('nghi-quyet');
    expect(documentTypeOfCode('HD')).toBeNull();
    expect(documentTypeOfCode(null)).toBeNull();
  });
});
