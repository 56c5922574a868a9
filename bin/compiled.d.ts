// Types of compiled.js for the TypeScript that imports it (the bench).
export const ROOT: string;
export function ensureCompiled(): void;
