import { DelegateView } from '../projections/forum.queries';
import { DelegateType } from './types/delegate.type';

export function toDelegateType(view: DelegateView): DelegateType {
  const { sealedFields, ...rest } = view;
  return Object.assign(new DelegateType(), { ...rest, personalFields: Object.keys(sealedFields) });
}
