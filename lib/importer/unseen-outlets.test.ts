import { describe, expect, it } from 'vitest';
import { readAffiliatedAuthor, readBareByline } from './author-lines';
import { isTagRun } from './header-lines';
import { parseArticle } from './parse-article';
import { splitOutletPrefix } from './site-header';
import { doc, PROSE_1, PROSE_2 } from './test-text';

const HEADLINE = 'Navies of two Caspian states rehearse a joint landing';

describe('by-lines without "By"', () => {
  it('reads a name alone under the headline when the date sits beside it', () => {
    const a = parseArticle(doc(HEADLINE, 'Aigerim Sadykova', '2022-05-14 10:12:00', PROSE_1, PROSE_2));
    expect(a.authors).toEqual(['Aigerim Sadykova']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([PROSE_1, PROSE_2]);
  });

  it('reads a name right above the text, a surname in capitals written in name case', () => {
    expect(parseArticle(doc(HEADLINE, 'Марат ЖУМАБЕКОВ', PROSE_1)).authors).toEqual(['Марат Жумабеков']);
  });

  it('takes no place, section or outlet for a name', () => {
    for (const line of ['Central Asia', 'Средняя Азия', 'Top Stories', 'Steppe News', 'Kazakhstan']) {
      expect(parseArticle(doc(HEADLINE, line, '2022-05-14', PROSE_1)).authors, line).toEqual([]);
    }
  });

  it('leaves a name line alone when more header text follows it and no date is beside it', () => {
    expect(parseArticle(doc(HEADLINE, 'Aigerim Sadykova', 'A standfirst about the drills', PROSE_1)).authors).toEqual([]);
  });

  it('reads a name alone above the text as the author, not the title', () => {
    const a = parseArticle(doc('Aigerim Sadykova', PROSE_1, PROSE_2));
    expect([a.title, a.authors]).toEqual([null, ['Aigerim Sadykova']]);
    expect(parseArticle(doc('Kant Air Base', PROSE_1)).authors).toEqual([]);
  });

  it('reads a name followed by the institution it writes from', () => {
    expect(readBareByline('• Jana Novak Central European Defence University, Slovakia')).toBe('Jana Novak');
    expect(readBareByline('Jana Novak Senior Fellow')).toBeNull();
  });

  it('reads scholars by their degree and post, and the text starts after them', () => {
    const a = parseArticle(
      doc(
        'Timur Aliev, Ph.D. (History), associate professor, Department of Regional Studies, Caspian State University of International Relations and Languages (Aktau, Kazakhstan)',
        'Dana Orlova, Ph.D. (Political Science), senior researcher, Institute of Strategic Studies (Almaty, Kazakhstan)',
        'Part One',
        PROSE_1,
      ),
    );
    expect(a.authors).toEqual(['Timur Aliev', 'Dana Orlova']);
    expect(a.title).toBeNull();
    expect(readAffiliatedAuthor('Kazakhstan, Ph.D. programmes, director of studies')).toBeNull();
  });
});

describe('the agency in a dateline', () => {
  it('reads an agency written between slashes', () => {
    expect(parseArticle(doc('AKTAU, March 3. /KAZINFORM/. The navy began drills off the coast on Monday, the ministry said, with ships from two fleets taking part in them.')).publication?.name).toBe('KAZINFORM');
    expect(parseArticle(doc('NEW YORK, May 1, 2024 /PRNewswire/ -- A defence firm said on Wednesday that it had signed a contract to supply radios to a Central Asian army.')).publication?.name).toBe('PRNewswire');
  });

  it('reads an agency that opens the dateline, and the reporter it names', () => {
    const a = parseArticle(doc('Xinhua News Agency, Aktau, Kazakhstan, May 3 (Reporter Wang Fang) Ships of the two navies arrived at the port on Friday, officials said, ahead of the drills.'));
    expect(a.publication?.name).toBe('Xinhua News Agency');
    expect(a.authors).toEqual(['Wang Fang']);
  });
});

describe('the date of a short dateline lead', () => {
  it('reads it when the lead stayed among the header lines', () => {
    const a = parseArticle(doc(HEADLINE, 'Aktau, 18 September 2021 (Steppe Wire): Navies of two states continue their drills near the port.', PROSE_1));
    expect(a.published?.iso.slice(0, 10)).toBe('2021-09-18');
  });
});

describe('Russian self-credits', () => {
  it('reads «сообщает ИА X со ссылкой на…» as the publisher', () => {
    const lead = 'На полигоне начались совместные учения двух армий, сообщает ИА Steppe.kz со ссылкой на пресс-службу министерства обороны.';
    expect(parseArticle(doc('Учения начались', lead, PROSE_2)).publication?.name).toBe('Steppe.kz');
  });

  it('reads a site naming itself by its address at the end of the lead', () => {
    const lead = 'В этом году в стране пройдут три военных учения с участием союзников по организации, об этом на брифинге в режиме видеосвязи сообщил начальник объединенного штаба, передает Steppe.kz';
    expect(parseArticle(doc('В Казахстане пройдут три военных учения', lead, PROSE_2)).publication?.name).toBe('Steppe.kz');
  });

  it('does not take an agency another outlet cites without "со ссылкой"', () => {
    const lead = 'В этом году в стране пройдут три военных учения с участием союзников по организации, об этом на брифинге в режиме видеосвязи сообщил начальник объединенного штаба, передает ТАСС.';
    expect(parseArticle(doc('В Казахстане пройдут три военных учения', lead, PROSE_2)).publication).toBeNull();
  });
});

describe('headlines and mastheads of outlets never seen', () => {
  it('splits the outlet a carried story is headed with', () => {
    expect(splitOutletPrefix('steppe FrontNews – Kazakhstan raises its defence budget again')).toEqual({ title: 'Kazakhstan raises its defence budget again', site: { name: 'steppe FrontNews', abbreviation: null } });
    expect(splitOutletPrefix('Breaking News – Kazakhstan raises its defence budget again')).toBeNull();
    expect(splitOutletPrefix('Kazakhstan – army raises its defence budget again')).toBeNull();
    const a = parseArticle(doc('Reuters - Kazakhstan raises its defence budget again', PROSE_1));
    expect([a.title, a.publication?.name]).toEqual(['Kazakhstan raises its defence budget again', 'Reuters']);
  });

  it('reads a "… Blogs" masthead above the headline, but not a lone "Blog" label', () => {
    const a = parseArticle(doc('Steppe Security Blogs', HEADLINE, PROSE_1));
    expect([a.title, a.publication?.name]).toEqual([HEADLINE, 'Steppe Security Blogs']);
    expect(parseArticle(doc('Blog', HEADLINE, PROSE_1)).publication).toBeNull();
  });
});

describe('lines that are not the title', () => {
  it('drops account links and adverts ending in a call to action', () => {
    for (const banner of ['Войти в почту', 'Sign in', 'Log in to your account', 'The Best Network for Defence Careers - JOIN NOW']) {
      expect(parseArticle(doc(banner, HEADLINE, PROSE_1)).title, banner).toBe(HEADLINE);
    }
  });

  it('drops a run of tags', () => {
    expect(isTagRun('Марат Жумабеков Казахстан Казахстан армия оборона')).toBe(true);
    expect(isTagRun('Army Navy Army Navy drills begin')).toBe(true);
    expect(isTagRun('Казахстан общество армия Казахстан')).toBe(true);
    expect(isTagRun('Drills and more drills')).toBe(false);
    expect(isTagRun('Kazakhstan and Uzbekistan hold joint drills near Tashkent')).toBe(false);
    expect(isTagRun('Город подумал, город подумал: учения идут')).toBe(false);
    expect(parseArticle(doc('Казахстан армия Казахстан армия оборона учения', 'Армии двух стран провели учения', PROSE_1)).title).toBe('Армии двух стран провели учения');
  });

  it("takes no report's section heading for its title", () => {
    for (const heading of ['Executive Summary', 'Key Takeaways', 'Введение']) {
      expect(parseArticle(doc(heading, PROSE_1, PROSE_2)).title, heading).toBeNull();
    }
  });
});

describe('the host name as a last resort', () => {
  const page = (address: string, ...lines: string[]) => doc(HEADLINE, `Address: ${address}`, ...lines);

  it('takes the name the page writes for its host, as written', () => {
    expect(parseArticle(page('https://www.steppetimes.kz/2024/05/drills', PROSE_1, 'In The Steppe Times this week: more on the drills.')).publication?.name).toBe('The Steppe Times');
    expect(parseArticle(page('https://steppe.kz/news/1', `${PROSE_1} Read more on Steppe.kz`)).publication?.name).toBe('Steppe.kz');
  });

  it('never shows the host alone, nor a longer name that only ends like it', () => {
    expect(parseArticle(page('https://www.steppetimes.kz/2024/05/drills', PROSE_1, PROSE_2)).publication).toBeNull();
    // "Times" spells the host, but only as the end of another outlet's name, which the text merely mentions.
    expect(parseArticle(page('https://times.kz/1', PROSE_1, 'The Caspian Times reported the same.')).publication?.name).toBe('The Caspian Times');
    expect(parseArticle(page('https://news.az/1', PROSE_1, 'News of the drills spread.')).publication).toBeNull();
  });

  it('prefers the name for its host to an outlet the text only mentions', () => {
    const lead = 'The drills began on Monday, Caspian Wire reported, and The Steppe Times confirmed it later in the day with officials.';
    expect(parseArticle(page('https://steppetimes.kz/a', lead, PROSE_2)).publication?.name).toBe('The Steppe Times');
  });
});
