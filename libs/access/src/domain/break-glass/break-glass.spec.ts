import { decideBreakGlass, DeclareBreakGlass } from './break-glass';

const declare = (change: Partial<DeclareBreakGlass> = {}): DeclareBreakGlass => ({
  declarationId: 'bg-1',
  subject: 'bac-si-truc',
  agencyId: 'so-ldtbxh-tuyen-quang',
  reason: 'Trẻ em chuyển tuyến khẩn cấp từ Tuyên Quang, cần biết kết luận kiểm tra cơ sở',
  minutes: 30,
  now: new Date('2024-06-01T03:00:00Z'),
  alreadyInScope: false,
  ...change,
});

describe('break-the-glass', () => {
  it('states a reason and ends after its time limit', () => {
    expect(decideBreakGlass(declare())).toEqual([
      {
        type: 'BreakGlassDeclared',
        data: { declarationId: 'bg-1', subject: 'bac-si-truc', agencyId: 'so-ldtbxh-tuyen-quang', reason: declare().reason, until: '2024-06-01T03:30:00.000Z' },
      },
    ]);
  });
  it.each([
    ['without a real reason', { reason: 'cần xem' }],
    ['for longer than four hours', { minutes: 241 }],
    ['for no time', { minutes: 0 }],
    ['for data already in scope', { alreadyInScope: true }],
  ])('is refused %s', (_label, change) => {
    expect(() => decideBreakGlass(declare(change))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
