/** Limits on what the harness accepts from a SUT, with their documented defaults. */

/** Frames nesting arrays/objects deeper than this are a protocol finding (FRAME_TOO_DEEP), kept as raw text. */
export const DEFAULT_MAX_FRAME_DEPTH = 64;
