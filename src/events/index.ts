export * from './schema.ts';
export * from './validate.ts';
export * from './vocabulary.ts';
export * from './names.ts';
