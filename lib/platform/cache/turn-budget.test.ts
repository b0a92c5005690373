import { describe, expect, it } from 'vitest';
import { TurnBudget } from './turn-budget';

/** A manual event loop: each `turn()` runs what was scheduled for the next turn. */
function manualLoop() {
  let pending: (() => void)[] = [];
  return {
    nextTurn: (callback: () => void) => void pending.push(callback),
    turn() {
      const now = pending;
      pending = [];
      for (const callback of now) callback();
    },
  };
}

describe('TurnBudget', () => {
  it('runs tasks at once within the budget and defers the rest to later turns, in order, a budget a turn', () => {
    const loop = manualLoop();
    const budget = new TurnBudget(100, loop.nextTurn);
    const ran: number[] = [];
    for (let i = 0; i < 7; i++) budget.run(40, () => ran.push(i));
    // 40 + 40 + 40 reaches the budget: the third still starts, as the budget was not spent before it.
    expect(ran).toEqual([0, 1, 2]);
    expect(budget.queued).toBe(4);
    loop.turn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    loop.turn();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(budget.queued).toBe(0);
  });

  it('keeps arrival order: a task arriving while others wait queues behind them even if the turn has budget', () => {
    const loop = manualLoop();
    const budget = new TurnBudget(10, loop.nextTurn);
    const ran: string[] = [];
    budget.run(10, () => ran.push('a'));
    budget.run(1, () => ran.push('b'));
    expect(ran).toEqual(['a']);
    loop.turn();
    budget.run(1, () => ran.push('c'));
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('starts every turn with a fresh budget', () => {
    const loop = manualLoop();
    const budget = new TurnBudget(10, loop.nextTurn);
    const ran: number[] = [];
    budget.run(10, () => ran.push(1));
    loop.turn();
    budget.run(10, () => ran.push(2));
    expect(ran).toEqual([1, 2]);
  });
});
