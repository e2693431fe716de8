/** Soft-deleted accounts are kept this many days, restorable from any context, then purged at the next unlock. */
export const KEEP_DELETED_DAYS = 30;
