// The reader's notes on claims: model, canonical URLs, anchoring, storage records, export and import (all pure).
export * from './anchor.js';
export * from './export.js';
export * from './import.js';
export * from './notes-index.js';
export * from './store.js';
export * from './types.js';
export * from './url.js';
export * from './validate.js';
