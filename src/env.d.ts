declare namespace App {
  interface Locals {
    /** The session page being rendered: its replay and its note's file, for <Timestamp> in the note. */
    sessionReplay?: { replay: import('./lib/replay/state.ts').ReplayState; file: string };
  }
}
