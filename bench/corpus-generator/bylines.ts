// Outlets and authors for generated articles. Fixed lists (not drawn from the seed), so two
// corpora with different seeds share their publications, as articles on one subject do.

const OUTLET_HEADS = [
  'Caspian', 'Steppe', 'Eurasia', 'Silk Road', 'Tian Shan', 'Aral', 'Pamir', 'Turan', 'Great Game', 'Frontier',
  'Continental', 'Ferghana', 'Altai', 'Syr Darya', 'Kolkhida', 'Absheron', 'Mangyshlak', 'Irtysh', 'Zhetysu', 'Khorasan',
];
const OUTLET_TAILS = [
  'Herald', 'Monitor', 'Review', 'Times', 'Observer', 'Dispatch', 'Security Review', 'Daily', 'Analytica', 'Post',
  'Chronicle', 'Insight', 'Bulletin', 'Digest', 'Report', 'Weekly', 'Gazette', 'Journal', 'Wire', 'Affairs',
];
// Outlets of the knowledge base and the corpus come first: the most popular.
const KNOWN_OUTLETS = ['Caspian Policy Center', 'Eurasia Daily Monitor', 'Azernews', 'Polish Press Agency', 'Turkish Weekly', 'Rakhat TV'];

/** About 160 publication names, most popular first. */
export const OUTLETS: readonly string[] = (() => {
  const made: string[] = [];
  for (let i = 0; i < OUTLET_HEADS.length * OUTLET_TAILS.length && made.length < 154; i++) {
    // Stride through the grid so neighbours in popularity do not share a first word.
    const head = OUTLET_HEADS[i % OUTLET_HEADS.length];
    const tail = OUTLET_TAILS[(i * 7 + Math.floor(i / OUTLET_HEADS.length)) % OUTLET_TAILS.length];
    const name = `${head} ${tail}`;
    if (!made.includes(name)) made.push(name);
  }
  return [...KNOWN_OUTLETS, ...made];
})();

const FIRST = [
  'Aigerim', 'Nurlan', 'Dana', 'Timur', 'Saule', 'Ruslan', 'Aliya', 'Yerlan', 'Madina', 'Daniyar', 'Leyla', 'Farid',
  'Gunel', 'Elvin', 'Nigar', 'Rashad', 'Aysel', 'Orkhan', 'Dilnoza', 'Sardor', 'Malika', 'Jasur', 'Nodira', 'Bekzod',
  'Aizhan', 'Azamat', 'Cholpon', 'Emil', 'Firuza', 'Parviz', 'Zarina', 'Rustam', 'Anna', 'Dmitry', 'Elena', 'Sergei',
  'Olga', 'Pavel', 'Irina', 'Alexei', 'Mehmet', 'Ayse', 'Emre', 'Zeynep', 'Burak', 'Elif', 'James', 'Sarah', 'Michael',
  'Emma', 'Thomas', 'Laura', 'Daniel', 'Claire', 'Piotr', 'Katarzyna', 'Tomasz', 'Agnieszka', 'Giorgi', 'Nino', 'Levan',
  'Tamar', 'Armen', 'Anahit', 'Wei', 'Li', 'Hannah', 'Jonas', 'Marie', 'Lucas', 'Sophie', 'Ahmed', 'Fatima',
];
const LAST = [
  'Abenova', 'Seitkali', 'Zhunusov', 'Akhmetova', 'Omarov', 'Tulegenova', 'Ismayilov', 'Aliyeva', 'Huseynov', 'Mammadova',
  'Karimov', 'Yusupova', 'Rakhimov', 'Tashkentova', 'Sadykov', 'Abdyldaeva', 'Toktogulov', 'Nazarova', 'Rahmonov', 'Safarova',
  'Ivanov', 'Petrova', 'Sokolov', 'Morozova', 'Volkov', 'Kuznetsova', 'Lebedev', 'Orlova', 'Yilmaz', 'Kaya', 'Demir',
  'Sahin', 'Celik', 'Aydin', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Hughes', 'Kowalski',
  'Nowak', 'Wisniewska', 'Lewandowski', 'Beridze', 'Kapanadze', 'Gelashvili', 'Hakobyan', 'Grigoryan', 'Zhang', 'Chen',
  'Wang', 'Muller', 'Schmidt', 'Dubois', 'Martin', 'Rossi', 'Khan', 'Hassan', 'Rahman', 'Novak', 'Horvat', 'Jensen',
];

/** About 4,800 distinct author names, most prolific first. */
export const AUTHORS: readonly string[] = (() => {
  const names: string[] = [];
  for (let i = 0; i < FIRST.length * LAST.length; i++) {
    // The two list lengths are coprime, so (i mod one, i mod the other) visits every pair once.
    const first = FIRST[i % FIRST.length];
    const last = LAST[i % LAST.length];
    names.push(`${first} ${last}`);
  }
  return [...new Set(names)];
})();
