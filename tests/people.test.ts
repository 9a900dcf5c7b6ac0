import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const names = (text: string) => extract(text).players.map((p) => p.name);

describe('people: who is a player', () => {
  it.each([
    // [text, expected player names]
    ['The right winger already has two youngsters, Saka and Hutchinson, ahead of him.', ['Saka', 'Hutchinson']],
    ['Arsenal need a fee of £5m for the forward after bringing in Martinelli last year.', ['Martinelli']],
    ['The Guardian reports that German international Max Meyer is close to joining Crystal Palace.', ['Max Meyer']],
    ['West Brom will be left with just Hal Robson-Kanu and Jay Rodriguez as senior strikers.', ['Hal Robson-Kanu', 'Jay Rodriguez']],
    ['BoubakarySoumare joined from Lille after two fine seasons.', ['Boubakary Soumare']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Rangers have signed the midfielder. (Photo by Ross Parker / SNS Group)',
    'Celtic are keen on the winger.\n\nWritten by:\nManu Tournoux is a passionate football writer.',
    'He knows the ins and outs of Le Championnat better than anyone.',
    'A move could improve his prospects of making Los Cafeteros’ World Cup squad.',
    'He starred at the South American Under-17 Championship.',
    'Photo: twitter.com/JacobsBen / author unknown',
    'Everton are determined to knock the West Midlands outfit down from the driving seat.',
    'Edu met the agent in London’s Kearney, hoping to see progress.',
  ])('no player in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the span of a name run together on the page, and gives the name its space back', () => {
    const text = 'Leicester beat Liverpool to the signing of PatsonDaka, who joined from Salzburg.';
    const p = extract(text).players.find((x) => x.name === 'Patson Daka');
    const at = text.indexOf('PatsonDaka');
    expect(p?.mentions).toEqual([{ start: at, end: at + 10, text: 'PatsonDaka' }]);
  });

  it.each([
    ['Winger Tomas Brenlow joined Brentford in July.', 'Tomas Brenlow', 'Winger '],
    ['Liverpool are in talks. Striker Caspar Oyelaran could follow.', 'Caspar Oyelaran', 'Striker '],
    ['Brentford sign Goalkeeper Emil Dahlqvist from Malmo.', 'Emil Dahlqvist', 'Goalkeeper '],
  ])('leaves a capitalised role word out of the name: %j', (text, name, role) => {
    const p = extract(text).players.find((x) => x.name === name);
    const at = text.indexOf(role) + role.length;
    expect(p?.mentions[0]).toEqual({ start: at, end: at + name.length, text: name });
    expect(names(text)).toEqual([name]);
  });

  it('takes a capitalised line standing alone for page furniture', () => {
    expect(names('Paulo Wenner is pushing for a move.\n\nOneFootball Videos\n\nHe wants to play.')).toEqual(['Paulo Wenner']);
  });

  it('takes the same lone name again for the same person', () => {
    const x = extract('Rangers are delighted. Their wish to make Kemar a Rangers player was clear. Kemar has long been admired.');
    expect(x.players.map((p) => [p.name, p.mentions.length])).toEqual([['Kemar', 2]]);
    expect(x.transfers[0]?.to).toBe('Rangers');
  });

  it('drops the cut-off last word of an excerpt', () => {
    expect(names('The deal was worked through by Miguel Angel Gil and Marina Gra')).not.toContain('Marina Gra');
  });

  it('takes a lone surname as the player the article names in full, not another of that name', () => {
    const x = extract('Inter Miami have signed 19-year-old midfielder Matias Pellegrini. Pellegrini arrives from Estudiantes.');
    expect(x.players.map((p) => p.name)).toEqual(['Matias Pellegrini']);
    expect(x.transfers[0]?.player).toBe('Matias Pellegrini');
  });
});
