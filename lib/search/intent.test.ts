import { describe, expect, it } from 'vitest';
import { readIntent } from './intent';

describe('dates read from the words of a query', () => {
  it('reads after, since, before, until and between as a range, and drops the words', () => {
    expect(readIntent('military exercises in Kazakhstan after 2022')).toEqual({ q: 'military exercises in Kazakhstan', from: '2023-01-01', dateWords: 'after 2022' });
    expect(readIntent('naval drills since 2020')).toEqual({ q: 'naval drills', from: '2020-01-01', dateWords: 'since 2020' });
    expect(readIntent('CSTO drills before 2010')).toEqual({ q: 'CSTO drills', to: '2009-12-31', dateWords: 'before 2010' });
    expect(readIntent('Peace Mission until 2016')).toEqual({ q: 'Peace Mission', to: '2016-12-31', dateWords: 'until 2016' });
    expect(readIntent('border talks between 2014 and 2018')).toEqual({ q: 'border talks', from: '2014-01-01', to: '2018-12-31', dateWords: 'between 2014 and 2018' });
    expect(readIntent('Steppe Eagle 2013-2016')).toEqual({ q: 'Steppe Eagle', from: '2013-01-01', to: '2016-12-31', dateWords: '2013-2016' });
  });

  it('leaves a year that is part of a name, a quoted phrase or an excluded word alone', () => {
    expect(readIntent('Peace Mission 2021 Orenburg')).toEqual({ q: 'Peace Mission 2021 Orenburg' });
    expect(readIntent('Unity-2024 paratroopers')).toEqual({ q: 'Unity-2024 paratroopers' });
    expect(readIntent('"after 2022" sanctions')).toEqual({ q: '"after 2022" sanctions' });
    expect(readIntent('drills -after 2022')).toEqual({ q: 'drills -after 2022' });
  });
});

describe('the frame of a question', () => {
  it('drops the question word, its auxiliary and the verb of asking', () => {
    expect(readIntent('which countries took part in the Birlestik exercise').q).toBe('countries took part in the Birlestik exercise');
    expect(readIntent('what did Bzhania say about the Russian navy base?').q).toBe('Bzhania the Russian navy base');
    expect(readIntent('how many troops took part in Interaction-2009').q).toBe('troops took part in Interaction-2009');
    expect(readIntent('are Tajik and Uzbek forces preparing for militants').q).toBe('Tajik and Uzbek forces preparing for militants');
  });

  it('reads a question and a range together', () => {
    expect(readIntent('which exercises did Kazakhstan host after 2022?')).toEqual({ q: 'exercises did Kazakhstan host', from: '2023-01-01', dateWords: 'after 2022' });
  });

  it('keeps a query that is only question words, and the frame of a query that starts with a quote', () => {
    expect(readIntent('how many').q).toBe('how many');
    expect(readIntent('"what did" Bzhania say about').q).toBe('"what did" Bzhania say about');
  });
});
