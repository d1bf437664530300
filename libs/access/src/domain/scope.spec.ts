import { Chart } from './chart';
import { Grant } from './grant/grant';
import { mayRead, mayWrite } from './scope';

const chart = new Chart(
  [
    { unitId: 'viet-nam', parentUnitId: null, successorUnitId: null },
    { unitId: 'soc-trang', parentUnitId: 'viet-nam', successorUnitId: null },
    { unitId: 'ke-sach', parentUnitId: 'soc-trang', successorUnitId: null },
    { unitId: 'tuyen-quang', parentUnitId: 'viet-nam', successorUnitId: null },
  ],
  [
    { agencyId: 'so-y-te-soc-trang', unitId: 'soc-trang', successorAgencyId: 'so-y-te-dan-so-soc-trang' },
    { agencyId: 'so-y-te-dan-so-soc-trang', unitId: 'soc-trang', successorAgencyId: null },
    { agencyId: 'ubnd-ke-sach', unitId: 'ke-sach', successorAgencyId: null },
    { agencyId: 'so-y-te-tuyen-quang', unitId: 'tuyen-quang', successorAgencyId: null },
    { agencyId: 'ubnd-soc-trang', unitId: 'soc-trang', successorAgencyId: null },
  ],
);
const grant = (role: Grant['role'], agencyId: string | null, jurisdictionUnitId: string | null = null): Grant => ({
  grantId: 'g',
  subject: 's',
  role,
  agencyId,
  jurisdictionUnitId,
  validFrom: '2020-01-01',
  validTo: null,
  revokedOn: null,
});
const at = (agencyId: string) => ({ agencyId, unitId: null });

describe('scope judgement against the chart', () => {
  it('an officer writes for their own agency only', () => {
    expect(mayWrite([grant('agency-officer', 'ubnd-ke-sach')], 's', at('ubnd-ke-sach'), chart)).toBe(true);
    expect(mayWrite([grant('agency-officer', 'ubnd-ke-sach')], 's', at('ubnd-soc-trang'), chart)).toBe(false);
  });
  it('a new record is put only at a place inside the writer’s jurisdiction', () => {
    const place = (unitId: string) => ({ agencyId: null, unitId, placeOnly: true });
    expect(mayWrite([grant('forum-organiser', 'ubnd-soc-trang')], 's', place('ke-sach'), chart)).toBe(true);
    expect(mayWrite([grant('forum-organiser', 'ubnd-soc-trang')], 's', place('tuyen-quang'), chart)).toBe(false);
    expect(mayWrite([grant('finance-officer', 'ubnd-ke-sach')], 's', place('soc-trang'), chart)).toBe(false);
  });
  it('a successor’s officers act on the merged agency’s open work; a merger does not widen the predecessor’s grant', () => {
    expect(mayWrite([grant('agency-officer', 'so-y-te-dan-so-soc-trang')], 's', at('so-y-te-soc-trang'), chart)).toBe(true);
    expect(mayWrite([grant('agency-officer', 'so-y-te-soc-trang')], 's', at('so-y-te-dan-so-soc-trang'), chart)).toBe(false);
  });
  it('reads reach the subtree of the jurisdiction: a province reads its districts, a district not its province', () => {
    expect(mayRead([grant('agency-officer', 'so-y-te-soc-trang')], at('ubnd-ke-sach'), chart)).toBe(true);
    expect(mayRead([grant('agency-officer', 'ubnd-ke-sach')], at('so-y-te-soc-trang'), chart)).toBe(false);
    expect(mayRead([grant('agency-officer', 'so-y-te-soc-trang')], at('so-y-te-tuyen-quang'), chart)).toBe(false);
  });
  it('a document binds everything under its place: a district reads its province’s, a neighbouring province does not, and nobody writes it for that', () => {
    const provincialPlan = { ...at('ubnd-soc-trang'), readersBelow: true };
    expect(mayRead([grant('agency-officer', 'ubnd-ke-sach')], provincialPlan, chart)).toBe(true);
    expect(mayRead([grant('agency-officer', 'so-y-te-tuyen-quang')], provincialPlan, chart)).toBe(false);
    expect(mayRead([grant('agency-officer', 'ubnd-ke-sach')], at('ubnd-soc-trang'), chart)).toBe(false);
    expect(mayWrite([grant('agency-officer', 'ubnd-ke-sach')], 's', provincialPlan, chart)).toBe(false);
  });
  it('a steering committee acts inside its jurisdiction, never outside it', () => {
    const committee = [grant('steering-committee', 'ubnd-soc-trang', 'soc-trang')];
    expect(mayWrite(committee, 's', at('ubnd-ke-sach'), chart)).toBe(true);
    expect(mayWrite(committee, 's', at('so-y-te-tuyen-quang'), chart)).toBe(false);
  });
  it('an inspector acts only on inspections whose team includes them', () => {
    const inspection = { agencyId: 'so-y-te-soc-trang', unitId: null, team: ['tv-1'] };
    expect(mayWrite([grant('inspector', 'so-y-te-soc-trang')], 'tv-1', inspection, chart)).toBe(true);
    expect(mayWrite([grant('inspector', 'so-y-te-soc-trang')], 'tv-2', inspection, chart)).toBe(false);
  });
  it('a grant of an agency the chart does not know reaches nothing', () => {
    expect(mayRead([grant('agency-officer', 'atlantis')], at('so-y-te-soc-trang'), chart)).toBe(false);
  });
});
