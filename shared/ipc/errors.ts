// The error union lives in shared/domain; the contract re-exports it for its callers.
export * from '../domain/errors';
