// Undo and redo of corrections as a stack of whole sidecar states (they are small: a few KB for a fully coded
// article), so undoing never has to know how to invert each kind of correction.
import type { Sidecar } from './types';

const MAX_STATES = 200;

export class AnnotationHistory {
  private readonly past: Sidecar[] = [];
  private readonly future: Sidecar[] = [];

  constructor(private current: Sidecar) {}

  get state(): Sidecar {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new state made by a correction: it can be undone; whatever was undone before can no longer be redone. */
  push(next: Sidecar): void {
    this.past.push(this.current);
    if (this.past.length > MAX_STATES) this.past.shift();
    this.future.length = 0;
    this.current = next;
  }

  /** The file changed outside (e.g. `git pull`): the new content becomes the state, and the stacks are dropped. */
  reset(next: Sidecar): void {
    this.past.length = 0;
    this.future.length = 0;
    this.current = next;
  }

  undo(): Sidecar | undefined {
    const previous = this.past.pop();
    if (!previous) return undefined;
    this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  redo(): Sidecar | undefined {
    const next = this.future.pop();
    if (!next) return undefined;
    this.past.push(this.current);
    this.current = next;
    return next;
  }
}
