import { invalid } from '@cpp/eventsourcing';
import { DocumentNumber, DocumentType } from './directive/document';

/**
 * Type abbreviations that open a symbol (Nghị định 30/2020/NĐ-CP, Phụ lục III, and the legal
 * documents' own forms). Only these are read as a type code: in `2125/UBND-KGVX` the first part
 * names the issuer, so the document is a dispatch (công văn) and has none.
 */
const TYPE_CODES: Record<string, DocumentType | null> = {
  CT: 'chi-thi',
  QĐ: 'quyet-dinh',
  KH: 'ke-hoach',
  TT: 'thong-tu',
  NQ: 'nghi-quyet',
  NĐ: 'nghi-dinh',
  TB: 'thong-bao',
  TTLT: 'thong-tu',
  // Administrative types the platform records as dispatches (công văn / văn bản).
  HD: null, // hướng dẫn
  BC: null, // báo cáo
  TTr: null, // tờ trình
  CTr: null, // chương trình
  CĐ: null, // công điện
  KL: null, // kết luận
  QC: null, // quy chế
  ĐA: null, // đề án
  PA: null, // phương án
  GM: null, // giấy mời
};

/** `923/QĐ-LĐTBXH`, `13/2021/TT-BLĐTBXH`, `121/2020/QH14`, `/SLĐTBXH-BVCSTE-BĐG` (number left blank). */
const STATE_FORM = /^(?<number>\d{1,6})?(?:\/(?<year>(?:19|20)\d{2}))?\/(?<symbol>\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*)$/u;
/** The Party's form, `20-CT/TW`: number, dash, type, slash, issuer. */
const PARTY_FORM = /^(?<number>\d{1,6})-(?<type>\p{L}+)\/(?<issuer>[\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;

/**
 * Reads a document number as printed after "Số:" (or after "Chỉ thị số …" in a reference).
 * Spaces inside are ignored, because scans print `Số:  923  /QĐ-LĐTBXH`; a blank number is
 * valid and kept as null, because documents are issued and scanned with it left blank.
 */
export function parseDocumentNumber(printed: string): DocumentNumber {
  const raw = printed
    .normalize('NFC')
    .replace(/^\s*số\s*:?/iu, '')
    .replace(/\s+/gu, '');
  const state = STATE_FORM.exec(raw);
  if (state?.groups) {
    const { number, year, symbol } = state.groups;
    const [first, ...rest] = symbol.split('-');
    const typed = first in TYPE_CODES && rest.length > 0;
    return {
      raw,
      number: parseNumber(number, printed),
      year: year ? Number(year) : null,
      symbol,
      typeCode: typed ? first : null,
      issuerCode: typed ? rest.join('-') : symbol,
    };
  }
  const party = PARTY_FORM.exec(raw);
  if (party?.groups) {
    const { number, type, issuer } = party.groups;
    return { raw, number: parseNumber(number, printed), year: null, symbol: `${type}/${issuer}`, typeCode: type, issuerCode: issuer };
  }
  throw invalid(`"${printed}" is not a document number: expected a form like 923/QĐ-LĐTBXH, 13/2021/TT-BLĐTBXH or /SLĐTBXH-BVCSTE-BĐG`, {
    field: 'documentNumber',
  });
}

function parseNumber(digits: string | undefined, printed: string): number | null {
  if (digits === undefined) return null;
  const number = Number(digits);
  if (number === 0) throw invalid(`"${printed}" has number 0; leave the number blank when it is unknown`, { field: 'documentNumber' });
  return number;
}

/** The document type a number's type code names, when it names one the platform records. */
export function documentTypeOfCode(typeCode: string | null): DocumentType | null {
  return typeCode === null ? null : (TYPE_CODES[typeCode] ?? null);
}
