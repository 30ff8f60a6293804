// Shapes met in economic and product news: a change's size in fraction words, counts of works (편), small written counts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.js';

const texts = (t: string): string[] =>
  analyze(t).claims.map((c) => `${c.text}=${c.kind}:${+c.value.toFixed(4)}`);

describe('a change written as a fraction word', () => {
  it.each([
    ['The new modem should cut power draw by about a quarter.', ['about a quarter=fraction:0.25']],
    ['Exports fell by a third from last year.', ['a third=fraction:0.3333']],
    ['Its profit shrank by half in the second quarter.', ['half=fraction:0.5']],
    // Not a size: the words go on to name something.
    ['The files were stored by a third party.', []],
    ['The loan is due by a quarter past noon.', []],
  ])('%s', (t, want) => expect(texts(t)).toEqual(want));
});

describe('counts of works and written counts', () => {
  it.each([
    ['이 칩은 영화 124편을 1초 만에 처리할 수 있다.', ['124편=count:124', '1초 만에=duration:1']],
    ['연구팀은 올해 논문 3편을 냈다.', ['3편=count:3']],
    // A sequel's number after its quoted title is its name.
    ["영화 '범죄도시' 4편이 개봉했다.", []],
    ['The laptop has four cores and two fans, the maker said.', ['four cores=count:4', 'two fans=count:2']],
    ['She is one of the founders.', []],
  ])('%s', (t, want) => expect(texts(t)).toEqual(want));
});
