import type { Grammar } from './grammar';

// Phrase rules shared by the sentence, title and heading templates: the working vocabulary of
// regional security reporting.
export const phrases: Grammar = {
  drill: ['[joint|tactical|command-staff|combined|field|live-fire|large-scale|week-long|two-day|naval|staff] [exercise|drill]'],
  drills: ['[joint|combined|tactical|naval|mountain|counter-terrorism] [manoeuvres|exercises|drills]'],
  troops: [
    'troops', 'servicemen', 'special forces units', 'marines', 'officers', 'border guards', 'naval crews',
    'paratroopers', 'staff officers', 'air-defence units', 'mechanised infantry', 'military engineers', 'sappers',
    'reconnaissance teams', 'military medics', 'helicopter crews',
  ],
  scenario: [
    'the defence of a coastal city', 'the recapture of an island held by <threat>', 'the rescue of hostages',
    'an amphibious landing', 'the evacuation of civilians', 'the destruction of an enemy landing force',
    'a response to an incursion by <threat>', 'the protection of <infrastructure>', 'the clearance of minefields',
    'the interception of drones', 'the blockade of a mountain pass', 'a search-and-rescue operation at sea',
    'the escort of a convoy through hostile terrain', 'the suppression of a riot at a border checkpoint',
  ],
  threat: [
    'terrorist groups', 'militants', 'drug traffickers', 'smuggling networks', 'extremist cells', 'illegal armed groups',
    'armed insurgents', 'hostile saboteurs', 'a notional enemy', 'foreign fighters',
  ],
  infrastructure: [
    'oil platforms', 'gas pipelines', 'port facilities', 'a power plant', 'railway junctions', 'offshore terminals',
    'water reservoirs', 'bridges on the main highway', 'communication hubs',
  ],
  equipment: [
    'armoured vehicles', 'drones', 'patrol boats', 'helicopters', 'air-defence systems', 'artillery', 'transport aircraft',
    'radar stations', 'frigates', 'landing craft', 'fighter jets', 'multiple rocket launchers', 'electronic-warfare systems',
    'night-vision equipment', 'coastal missile batteries', 'unmanned surface vessels',
  ],
  cooperation: [
    '[military|defence|security|border|naval|intelligence|military-technical|counter-terrorism] [cooperation|ties|coordination]',
    '[defence|security] partnership',
  ],
  topic: [
    'border security', 'counter-terrorism training', 'air defence', 'maritime security on {sea}', 'arms procurement',
    'the protection of energy pipelines', 'cyber defence', 'drug trafficking along the Afghan border', 'peacekeeping',
    'military education', 'search and rescue at sea', 'military logistics', 'joint staff planning', 'naval modernisation',
    'the training of officers', 'the exchange of intelligence', 'regional stability', 'water security', 'the defence industry',
    'the status of {sea}', 'the security of {route}', 'arms control', 'military medicine', 'the fight against drug trafficking',
  ],
  official: [
    'the defence minister', 'the chief of the general staff', 'a deputy foreign minister', 'the commander of the navy',
    'the foreign minister', 'the secretary of the security council', 'the head of the border service', 'the president',
    'the deputy defence minister', 'the ambassador',
  ],
  analysts: [
    'analysts', 'observers', 'regional experts', 'Western diplomats', 'military specialists', 'commentators',
    'security researchers', 'local journalists', 'retired officers',
  ],
  say: ['said', 'noted', 'argued', 'warned', 'observed', 'pointed out', 'suggested', 'told reporters', 'wrote', 'claimed'],
  summit: [
    'summit', 'ministerial meeting', 'council of defence ministers', 'round of consultations', 'meeting of foreign ministers',
    'heads-of-state meeting', 'security conference', 'session of the joint commission',
  ],
  pipeline: [
    'gas pipeline', 'oil export route', 'trans-Caspian gas pipeline project', 'rail corridor', 'port terminal',
    'fibre-optic cable', 'power line', 'ferry link', 'highway',
  ],
  significance: [
    'a milestone', 'a turning point', 'a symbolic step', 'a modest but telling step', 'a sign of changing priorities',
    'a departure from past practice', 'a hedge against uncertainty', 'a message to Moscow', 'a test of trust',
    'an overdue correction', 'a calculated gamble',
  ],
  time: [
    'in {month} {year}', 'last year', 'earlier this month', 'in {pastyear}', 'in the spring', 'at the end of {pastyear}',
    'this week', 'in {month}', 'two years ago', 'last autumn', 'in late {month}',
  ],
  change: ['rose', 'grew', 'fell', 'increased', 'declined', 'nearly doubled'],
  diversify: [
    'diversify its security partners', 'reduce its dependence on Moscow', 'balance between the great powers',
    'build up its own armed forces', 'keep its options open', 'stay neutral', 'deepen ties with its neighbours',
    'modernise its armed forces',
  ],
  heading: [
    'A new security architecture', 'Drills without Moscow', 'What comes next', 'The view from {city}', 'Energy and security',
    'Looking ahead', 'Background', 'Old ties, new partners', 'The {region} dimension', 'Limits of cooperation',
    'A balancing act', 'Lessons from {event}', 'The role of {org}', 'Money and weapons', 'Border troubles',
    '{country} steps up', 'Reactions', 'Numbers', 'Why it matters', 'The road to {exercise}', 'Moscow’s reaction',
    'Beyond {sea}', 'A crowded neighbourhood', 'Officers and equipment',
  ],
};
