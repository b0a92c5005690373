import { describe, expect, it } from 'vitest';
import { propose, roles } from './test-kb';

const exercise = [{ surface: 'Steppe Shield-2025', type: 'exercise' as const }];

describe('proposeFacts: participants and roles', () => {
  it('reads "hosted by" and "with the participation of"', () => {
    const facts = propose(['The Birlestik-2024 exercise, hosted by Kazakhstan, was held with the participation of Kyrgyzstan, Tajikistan and Uzbekistan.']);
    expect(roles(facts)).toEqual([
      'Kazakhstan host Birlestik-2024',
      'Kyrgyzstan participant Birlestik-2024',
      'Tajikistan participant Birlestik-2024',
      'Uzbekistan participant Birlestik-2024',
    ]);
    const host = facts.find((f) => f.role === 'host')!;
    expect(host.quote).toBe('hosted by Kazakhstan');
    expect(host.paragraph).toBe(1);
  });

  it('reads "observers from" and "troops from A and B"', () => {
    const facts = propose(['Troops from Kazakhstan and Kyrgyzstan took part in Steppe Shield-2025, with observers from China.'], { candidates: exercise });
    expect(roles(facts)).toEqual([
      'Kazakhstan participant Steppe Shield-2025',
      'Kyrgyzstan participant Steppe Shield-2025',
      'China observer Steppe Shield-2025',
    ]);
    expect(facts[0]!.object).toEqual({ key: null, name: 'Steppe Shield-2025', type: 'exercise' });
  });

  it('reads "without Russia" and a refusal as stayed away, not as taking part', () => {
    expect(roles(propose(['Birlestik-2024 was the first such drill without Russia.']))).toEqual(['Russia stayed-away Birlestik-2024']);
    expect(roles(propose(['Russia did not take part in Birlestik-2024.']))).toEqual(['Russia stayed-away Birlestik-2024']);
    expect(roles(propose(["Birlestik-2024 was notable for Russia's absence."]))).toEqual(['Russia stayed-away Birlestik-2024']);
  });

  it('reads the organizing body', () => {
    const facts = propose(['Peace Mission 2010 was held under the auspices of the SCO.']);
    expect(roles(facts)).toEqual(['Shanghai Cooperation Organisation organizer Peace Mission 2010']);
  });

  it('carries the exercise named earlier into a sentence about "the drills"', () => {
    const facts = propose(['Steppe Shield-2025 opened on Monday.', 'Kazakh and Uzbek troops took part in the drills.'], { candidates: exercise });
    expect(roles(facts)).toEqual(['Kazakhstan participant Steppe Shield-2025', 'Uzbekistan participant Steppe Shield-2025']);
    expect(facts.find((f) => f.kind === 'participated-in')!.paragraph).toBe(2);
  });

  it('says nothing of countries a sentence names without a participation cue', () => {
    expect(roles(propose(['Russia and China criticised Birlestik-2024 in a statement.']))).toEqual([]);
    expect(roles(propose(['Kazakhstan and Russia took part in the summit in Astana.']))).toEqual([]);
  });
});

describe('proposeFacts: places', () => {
  it('reads "held at" a training ground and the place it lies in', () => {
    const facts = propose(['Birlestik-2024 was held at the Oymasha training ground in Kazakhstan.']).filter((f) => f.kind === 'held-in');
    expect(facts.map((f) => [f.subject.name, f.object?.name, f.object?.key])).toEqual([
      ['Birlestik-2024', 'Oymasha training ground', null],
      ['Birlestik-2024', 'Kazakhstan', 'kazakhstan'],
    ]);
    expect(facts[0]!.quote).toBe('held at the Oymasha training ground');
  });

  it('reads a known city', () => {
    const facts = propose(['Peace Mission 2010 took place in Baku.']).filter((f) => f.kind === 'held-in');
    expect(facts.map((f) => f.object?.key)).toEqual(['baku']);
  });
});

describe('proposeFacts: dates', () => {
  const dates = (text: string, published: string | null = '2024-06-15') =>
    propose([text], { published }).filter((f) => f.kind === 'dated').map((f) => [f.from, f.to, f.precision, f.quote]);

  it('reads "from July 8 to 17" with the year from the article', () => {
    expect(dates('Birlestik-2024 will run from July 8 to 17.')).toEqual([['2024-07-08', '2024-07-17', 'day', 'from July 8 to 17']]);
  });

  it('reads day-first ranges across months and stated years', () => {
    expect(dates('Birlestik-2024 ran from 28 June to 2 July 2024.', null)).toEqual([['2024-06-28', '2024-07-02', 'day', 'from 28 June to 2 July 2024']]);
  });

  it('reads "in October" as a month', () => {
    expect(dates('Birlestik-2024 is planned in October.')).toEqual([['2024-10', null, 'month', 'in October']]);
  });

  it('proposes no date when the year is neither stated nor known from the article', () => {
    expect(dates('Birlestik-2024 is planned in October.', null)).toEqual([]);
  });

  it('ignores the date a statement was made', () => {
    expect(dates('The ministry said on May 3 that Birlestik-2024 would follow.')).toEqual([]);
  });
});

describe('proposeFacts: series and quotes', () => {
  it('links a dated exercise to its series in the knowledge base', () => {
    const facts = propose(['Peace Mission 2010 was held in September.']).filter((f) => f.kind === 'part-of-series');
    expect(facts.map((f) => [f.subject.key, f.object?.key, f.quote])).toEqual([['peace-mission-2010', 'peace-mission', 'Peace Mission 2010']]);
  });

  it('quotes words that occur at the stated offsets', () => {
    const paragraphs = ['Steppe Shield-2025 began on 3 March 2025 at the Matybulak training ground, hosted by Kazakhstan, with observers from the CSTO.'];
    const facts = propose(paragraphs, { candidates: exercise });
    expect(facts.length).toBeGreaterThanOrEqual(4);
    for (const f of facts) expect(paragraphs[f.paragraph - 1]!.slice(f.start, f.end)).toBe(f.quote);
  });

  it('gives nothing for an article about no exercise', () => {
    expect(propose(['Kazakhstan hosted a summit on trade with Uzbekistan on 3 March.'])).toEqual([]);
  });
});
