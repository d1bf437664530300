export * from './sealed-value';
export * from './personal-field-policy';
export * from './subject-key-store';
export * from './subject-id';
export * from './cipher';
export * from './personal-data-erased';
export * from './personal-data-vault';
export * from './retention-monitor';
