import { readFileSync } from 'node:fs';
import { tagAndPropose } from '/work/wt-11/bench/lib/propose-seed';
const file = process.argv[2]!;
const paragraphs = readFileSync(`/work/wt-11/devset/exercise-facts/${file}`, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const { facts } = tagAndPropose(paragraphs, { iso: '2021-09-16T00:00:00.000Z', precision: 'day' });
for (const f of facts) console.log(f.kind, f.subject.name, f.role, f.object?.name ?? f.from, '«' + f.quote + '»');
