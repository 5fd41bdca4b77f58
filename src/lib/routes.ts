/** The addresses of content pages, built in one place so that a route changes in one place. */

export const kbPath = (kbDigits: string) => `/kb/${kbDigits}/`;
export const combinationPath = (osId: string, frameworkId: string) => `/fix/${osId}/${frameworkId}/`;
export const bulletinPath = (bulletinId: string) => `/bulletins/${bulletinId}/`;
export const guidePath = (guideId: string) => `/guides/${guideId}/`;

/** The forms of a KB page's address people type, besides the canonical digits-only one. */
export const kbAliases = (kbDigits: string) => [`KB${kbDigits}`, `kb${kbDigits}`];
