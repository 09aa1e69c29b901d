// Our own writes of one sidecar file, kept in order, and the test that tells a file watcher's echo of them from a
// change made outside (a `git pull`, another editor).
//
// Why a queue and not "remember the last text": a correction then an undo write A then B. The watcher's event for
// A can arrive while B is still being renamed into place; reading the file then gives A, which is not the last
// text written, so A looked like an outside change, was loaded, and the undo was lost. Here an event is judged
// only once no write of ours is queued or under way, against what the newest write put there.
export type WriteText = (text: string) => Promise<void>;
export type ReadText = () => Promise<string | undefined>;

export class OwnWrites {
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private last: string | undefined;

  constructor(private readonly writeText: WriteText) {}

  /** Writes after every earlier write has settled; rejects with the write's own error. */
  write(text: string): Promise<void> {
    this.pending++;
    this.last = text;
    const write = this.chain.then(() => this.writeText(text));
    const settled = (): void => {
      this.pending--;
    };
    this.chain = write.then(settled, settled);
    return write;
  }

  /**
   * True when the file holds something we did not write. Undefined when a write of ours started during the read:
   * that write brings its own watcher event, which is judged then.
   */
  async changedOutside(read: ReadText): Promise<boolean | undefined> {
    while (this.pending > 0) await this.chain;
    const text = await read();
    if (this.pending > 0) return undefined;
    return text === undefined || text !== this.last;
  }
}
