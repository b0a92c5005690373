import { describe, expect, it } from 'vitest';
import { timerStep } from './timer-steps';

const at = new Date('2026-12-07T10:00:00.000Z');

describe('timerStep', () => {
  it('reads the timer’s own steps: published on schedule, or back to draft with the reason', () => {
    expect(timerStep({ from: 'SCHEDULED', to: 'PUBLISHED', actorId: null, reason: 'scheduled publication', at })).toEqual({ outcome: 'published', at, reason: 'scheduled publication' });
    expect(timerStep({ from: 'SCHEDULED', to: 'DRAFT', actorId: null, reason: 'Scheduled publication failed: …', at })).toEqual({ outcome: 'failed', at, reason: 'Scheduled publication failed: …' });
  });

  it('is not fooled by steps someone took', () => {
    expect(timerStep({ from: 'SCHEDULED', to: 'DRAFT', actorId: 'editor-1', reason: 'not yet', at })).toBeNull();
    expect(timerStep({ from: 'IN_REVIEW', to: 'PUBLISHED', actorId: 'editor-1', reason: 'good', at })).toBeNull();
    expect(timerStep({ from: null, to: 'PUBLISHED', actorId: null, reason: 'seeded', at })).toBeNull();
    expect(timerStep({ from: 'SCHEDULED', to: 'UNPUBLISHED', actorId: null, reason: 'odd', at })).toBeNull();
  });
});
