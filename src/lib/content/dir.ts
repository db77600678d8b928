/**
 * The folder content is read from, relative to the project root: `content`, unless
 * CARNET_CONTENT names another one. The end-to-end tests build a fixture site from
 * tests/fixtures/site/content this way, so test content never enters content/.
 */
export const CONTENT_DIR = (process.env.CARNET_CONTENT ?? 'content').replace(/\/+$/, '');
