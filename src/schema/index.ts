export * from './affiliation.ts';
export * from './common.ts';
export * from './event.ts';
export * from './replay.ts';
export * from './session.ts';
export * from './speaker.ts';
export * from './topic.ts';
export * from './site.ts';
