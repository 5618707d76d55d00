// Types for build.mjs (the test-only hvt tender).
export declare const hvtTestTenderPath: string;
export declare function buildHvtTestTender(): Promise<{ out: string; built: boolean }>;
