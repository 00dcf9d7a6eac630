// Types for is-dist-current.js (plain JavaScript: it runs before TypeScript can).
export declare const BUILD_INPUT_DIRS: readonly string[];
export declare const BUILD_INPUT_FILES: readonly string[];
export declare const BUILD_STAMP: string;
export declare function isDistCurrent(options: { root: string }): boolean;
