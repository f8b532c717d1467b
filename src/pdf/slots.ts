/** A counting semaphore: at most `size` holders; waiters are served in order. */
export class Slots {
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}

  async take(): Promise<void> {
    if (this.used < this.size) {
      this.used++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Frees a slot (handing it to the next waiter); returns how many are still held. */
  give(): number {
    const next = this.waiting.shift();
    if (next) next();
    else this.used--;
    return this.used;
  }
}
