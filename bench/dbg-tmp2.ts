import { proposeFacts } from '../lib/facts/propose';
import { knowledgeBase } from './lib/propose-seed';
const paragraphs = [{ position: 1, text: 'The Peace Mission 2021 exercise opened.' }, { position: 2, text: 'The participants are from China and Russia.' }];
const spans = [
  { paragraph: 1, start: 4, end: 22, surface: 'Peace Mission 2021', key: null, type: 'exercise' as const },
  { paragraph: 2, start: 26, end: 31, surface: 'China', key: 'china', type: 'country' as const },
  { paragraph: 2, start: 36, end: 42, surface: 'Russia', key: 'russia', type: 'country' as const },
];
console.log(proposeFacts({ paragraphs, published: null, spans }, knowledgeBase).map((f) => `${f.kind} ${f.subject.name} ${f.role}`));
