/** Larger files are refused: no setup log the reader knows comes near it, and memory is finite. */
export const MAX_LOG_BYTES = 100 * 1024 * 1024;
