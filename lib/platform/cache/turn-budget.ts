/**
 * Spreads cheap work over the event loop's turns so that it cannot crowd out work that needs many
 * turns. A page from the front cache is answered in one turn; a search or an uncached page needs
 * dozens (each database reply and each step of React's render is one). Node takes every request
 * that has arrived in a turn, so under 200 busy connections a turn answered ~170 cached pages
 * before the next step of any render ran, and a search waited 10 s and more behind them.
 *
 * `run(cost, task)` runs the task at once while this turn's spent cost is under the budget (and
 * nothing waits), and otherwise on a later turn, in arrival order, at most a budget's worth a turn.
 * Cost is in whatever unit the caller uses (the front cache gives bytes sent).
 */
export class TurnBudget {
  private spent = 0;
  private scheduled = false;
  private readonly waiting: { cost: number; task: () => void }[] = [];

  constructor(
    private readonly budget: number,
    private readonly nextTurn: (callback: () => void) => void = setImmediate,
  ) {}

  run(cost: number, task: () => void): void {
    if (this.waiting.length === 0 && this.spent < this.budget) {
      this.spend(cost, task);
      return;
    }
    this.waiting.push({ cost, task });
    this.schedule();
  }

  /** Tasks waiting for a later turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private spend(cost: number, task: () => void): void {
    this.spent += cost;
    this.schedule();
    task();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.nextTurn(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    this.spent = 0;
    while (this.waiting.length > 0 && this.spent < this.budget) {
      const next = this.waiting.shift()!;
      this.spend(next.cost, next.task);
    }
  }
}
