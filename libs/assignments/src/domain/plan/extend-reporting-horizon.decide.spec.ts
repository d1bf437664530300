import { DirectivePlanCommand } from './commands';
import { recorded, spec, superseded } from './testing/plan-fixtures';

describe('extending the reporting horizon', () => {
  const extend = (horizon: string): DirectivePlanCommand => ({ type: 'ExtendReportingHorizon', directiveId: 'kh-soc-trang', horizon });
  it('given a plan, when the horizon moves on, then ReportingHorizonExtended', () =>
    spec
      .given([recorded])
      .when(extend('2023-12-31'))
      .then([{ type: 'ReportingHorizonExtended', data: { directiveId: 'kh-soc-trang', previousHorizon: '2022-12-31', horizon: '2023-12-31' } }]));
  it('given a plan, when the horizon would not move, then nothing', () => spec.given([recorded]).when(extend('2022-12-31')).then([]));
  it('given a superseded plan, when the horizon moves on, then nothing', () => spec.given([recorded, superseded]).when(extend('2023-12-31')).then([]));
});
