/** The title, heading and introduction of a comparison view, by the countries in its path (none, one or a pair). */
export function compareTexts(names: readonly string[]): { title: string; heading: string; intro: React.ReactNode } {
  if (names.length === 1) {
    const [name] = names;
    return {
      title: `Compare the eras: ${name}`,
      heading: `${name}: cooperation before and after February 2022`,
      intro: <p>The exercises {name} drilled in, and with whom, in each era.</p>,
    };
  }
  if (names.length === 2) {
    return {
      title: `Compare the eras: ${names.join(' and ')}`,
      heading: `${names.join(' and ')}: joint exercises before and after February 2022`,
      intro: <p>The exercises in which both drilled, era by era, and the partners they drilled with there.</p>,
    };
  }
  return {
    title: 'Compare the eras',
    heading: 'Compare the eras',
    intro: (
      <p>
        Military exercises in the CSTO era (before 24 February 2022) and after, side by side: who drilled with whom, where,
        and how often without Russia. Every figure is computed from the exercises’ sourced facts.
      </p>
    ),
  };
}
